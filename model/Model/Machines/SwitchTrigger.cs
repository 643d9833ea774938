namespace SriovVerification.Model;

/// <summary>The triggers of <see cref="ModelMachines.NicSwitch"/>.</summary>
public enum SwitchTrigger
{
    /// <summary><c>OID_NIC_SWITCH_CREATE_SWITCH</c>.</summary>
    CreateSwitch,
    /// <summary><c>OID_NIC_SWITCH_DELETE_SWITCH</c>.</summary>
    DeleteSwitch,
}
