// The NIC switch machine's states: whether a host's adapter has its switch.
namespace SriovVerification.Model;

/// <summary>Whether a host's adapter has its NIC switch: the states of <see cref="ModelMachines.NicSwitch"/>.</summary>
public enum SwitchPhase
{
    /// <summary>No NIC switch; VF Enable clear, NumVFs 0.</summary>
    NoSwitch,
    /// <summary>The default NIC switch and its default VPort exist; VF Enable set.</summary>
    SwitchCreated,
    /// <summary>The PF miniport is halted: no switch, VF Enable clear, NumVFs 0, and no SR-IOV OID reaches it.</summary>
    Halted,
}
