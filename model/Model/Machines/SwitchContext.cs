// The context the NIC switch machine fires over: one host's adapter and the request.
namespace SriovVerification.Model;

/// <summary>The context <see cref="ModelMachines.NicSwitch"/> fires over: one host's adapter and the switch request's parameters.</summary>
/// <param name="Config">The configuration.</param>
/// <param name="Host">The host's adapter.</param>
/// <param name="SwitchId">The requested SwitchId.</param>
/// <param name="External">Whether the requested type is External.</param>
/// <param name="NumVfs">The requested NumVFs (CreateSwitch only).</param>
public readonly record struct SwitchContext(ModelConfig Config, HostState Host, int SwitchId, bool External, int NumVfs);
