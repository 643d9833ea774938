// The NIC switch machine's triggers.
namespace SriovVerification.Model;

/// <summary>The triggers of <see cref="ModelMachines.NicSwitch"/>.</summary>
public enum SwitchTrigger
{
    /// <summary><c>OID_NIC_SWITCH_CREATE_SWITCH</c>.</summary>
    CreateSwitch,
    /// <summary><c>OID_NIC_SWITCH_DELETE_SWITCH</c>.</summary>
    DeleteSwitch,
    /// <summary>The PF halts (spec section 3, PF halt), after the stack's teardown.</summary>
    PfHalt,
    /// <summary>The halted PF miniport initializes again.</summary>
    PfInitialize,
    /// <summary>A PF reset; the stack re-creates the switch it had.</summary>
    PfReset,
}
