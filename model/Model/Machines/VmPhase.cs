// The VM attachment machine's states.
namespace SriovVerification.Model;

/// <summary>
/// Where a VM's network adapter stands (<see cref="ModelMachines.VmPhaseOf"/>): the states of
/// <see cref="ModelMachines.VmAttachment"/>. Whether the VM owns a VF is the VF lifecycle's business, read by guards.
/// </summary>
public enum VmPhase
{
    /// <summary>Not connected: no filter of the VM on any switch; not migrating.</summary>
    Disconnected,
    /// <summary>Connected, on the synthetic data path (VMBus through the extensible switch).</summary>
    SyntheticPath,
    /// <summary>Connected, on the VF data path.</summary>
    VfPath,
    /// <summary>Paused on its source host by a live migration.</summary>
    Migrating,
}
