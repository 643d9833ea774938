// The NIC switch machine's table: switch created, deleted, PF halted and initialized.

namespace SriovVerification.Model;

/// <summary>The NIC switch's table.</summary>
public static partial class ModelMachines
{
    private static void DefineNicSwitch(MachineBuilder<SwitchPhase, SwitchTrigger, SwitchContext> b)
    {
        var ip = NdisStatus.InvalidParameter;

        b.Machine.Configure(SwitchPhase.NoSwitch)
            .OnEntryFrom(SwitchTrigger.DeleteSwitch, EffectAppliedByTheModel, "VF Enable cleared, then NumVFs = 0")
            .PermitIf(
                b.Trigger(SwitchTrigger.CreateSwitch),
                SwitchPhase.SwitchCreated,
                b.When(
                    new Guard<SwitchContext>(c => c.SwitchId == 0 && c.External, "SwitchId = 0 and type External", ip),
                    new Guard<SwitchContext>(c => c.NumVfs >= 1 && c.NumVfs <= c.Config.TotalVfs, "0 < NumVFs <= TotalVFs", ip)));

        b.Machine.Configure(SwitchPhase.SwitchCreated)
            .OnEntryFrom(SwitchTrigger.CreateSwitch, EffectAppliedByTheModel, "NumVFs written, then VF Enable set; default VPort 0 on the PF, Activated")
            .PermitIf(
                b.Trigger(SwitchTrigger.DeleteSwitch),
                SwitchPhase.NoSwitch,
                b.When(
                    new Guard<SwitchContext>(c => c.Host.Switches.Length > 0 && c.Host.Switches[0].SwitchId == c.SwitchId, "SwitchId matches", NdisStatus.FileNotFound),
                    new Guard<SwitchContext>(c => SriovModel.AllocatedVfCount(c.Host) == 0, "no VF allocated", ip),
                    new Guard<SwitchContext>(c => SriovModel.NondefaultVPortCount(c.Host) == 0, "no nondefault VPort", ip),
                    new Guard<SwitchContext>(c => c.Host.Filters.Length == 0, "no filter", ip)));

        DefinePfLifecycle(b);
    }

    /// <summary>PF halt, initialize and reset: the PF's own lifecycle around the switch.</summary>
    private static void DefinePfLifecycle(MachineBuilder<SwitchPhase, SwitchTrigger, SwitchContext> b)
    {
        b.Machine.Configure(SwitchPhase.NoSwitch)
            .Permit(SwitchTrigger.PfHalt, SwitchPhase.Halted)
            .PermitReentry(SwitchTrigger.PfReset);

        b.Machine.Configure(SwitchPhase.SwitchCreated)
            .Permit(SwitchTrigger.PfHalt, SwitchPhase.Halted)
            .PermitReentry(SwitchTrigger.PfReset);

        b.Machine.Configure(SwitchPhase.Halted)
            .OnEntryFrom(SwitchTrigger.PfHalt, EffectAppliedByTheModel, "guests off their VFs, filters cleared, nondefault VPorts deleted, VFs reset and freed, DELETE_SWITCH, then halt")
            .Permit(SwitchTrigger.PfInitialize, SwitchPhase.NoSwitch);
    }
}
