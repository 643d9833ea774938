// Tests of the emulated adapter: builds datacenters and drives the documented sequences for the tests.

namespace SriovVerification.Implementation.Tests;

/// <summary>Builds datacenters and drives the documented sequences for the tests.</summary>
internal static class TestWorld
{
    public static Datacenter Create(params string[] defects) => Create(FilterMovePolicy.HostDriven, defects);

    public static Datacenter Create(FilterMovePolicy policy, params string[] defects) => new(new DatacenterOptions
    {
        FilterMovePolicy = policy,
        Adapter = new AdapterOptions { Defects = new HashSet<string>(defects, StringComparer.Ordinal) },
    });

    /// <summary>Host 0 with its switch (3 VFs) and VMs 0 … 2 connected.</summary>
    public static Datacenter WithSwitch(params string[] defects)
    {
        var dc = Create(defects);
        Ok(dc.CreateSwitch(0, 3));
        for (var vm = 0; vm < 3; vm++)
        {
            Ok(dc.VmConnect(vm));
        }

        return dc;
    }

    public static AdapterReply Ok(AdapterReply result)
    {
        Assert.True(result.IsSuccess, $"expected SUCCESS, got {result.Status}: {result.Reason}");
        return result;
    }

    public static T Data<T>(AdapterReply result)
        where T : class
    {
        Ok(result);
        return Assert.IsType<T>(result.Data);
    }

    /// <summary>VF initialization end to end: attach, initialize, bind, switch to the VF path.</summary>
    public static AdapterData.VfAttached AttachAndUseVf(Datacenter dc, int vm)
    {
        var attached = Data<AdapterData.VfAttached>(dc.HostAttachVf(vm));
        Ok(dc.GuestInitializeVf(vm));
        Ok(dc.GuestBindNetVsc(vm));
        Ok(dc.GuestSwitchDataPath(vm, DataPath.Vf));
        return attached;
    }

    /// <summary>Graceful removal and teardown: request, synthetic path, pause, unbind, halt, detach.</summary>
    public static void GracefulTeardown(Datacenter dc, int vm)
    {
        Ok(dc.RequestVfRemoval(vm));
        Ok(dc.GuestSwitchDataPath(vm, DataPath.Synthetic));
        Ok(dc.GuestPauseVf(vm));
        Ok(dc.GuestUnbindNetVsc(vm));
        Ok(dc.GuestHaltVf(vm));
        Ok(dc.HostDetachVf(vm));
    }

    public static FrameOutcome Receive(Datacenter dc, int host, int vm) =>
        Data<AdapterData.FrameRouted>(dc.ReceiveFrame(host, Datacenter.VmMacAddress(vm), 0)).Outcome;
}
