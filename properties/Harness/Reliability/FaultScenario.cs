// Harness/Reliability: a documented sequence as adapter steps, for fault injection
using SriovVerification.Implementation;
using SriovVerification.Implementation.Guest;

namespace SriovVerification.Harness.Reliability;

/// <summary>A documented sequence as adapter steps, for fault injection.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Options">The datacenter it runs on.</param>
/// <param name="Steps">Its steps.</param>
public sealed record FaultScenario(string Name, DatacenterOptions Options, IReadOnlyList<FaultStep> Steps)
{
    /// <summary>The documented sequences: VF initialization, graceful teardown, reassignment, live migration.</summary>
    public static IReadOnlyList<FaultScenario> Documented { get; } = Build();

    /// <summary>VF initialization of <paramref name="vm"/> (connect, attach, initialize, bind, switch to the VF path).</summary>
    public static IEnumerable<FaultStep> Initialization(int vm)
    {
        yield return Host("VmConnect", vm, dc => dc.VmConnect(vm));
        yield return Host("HostAttachVf", vm, dc => dc.HostAttachVf(vm));
        yield return Guest("GuestInitializeVf", vm, dc => dc.GuestInitializeVf(vm));
        yield return Guest("GuestBindNetVsc", vm, dc => dc.GuestBindNetVsc(vm));
        yield return Guest("GuestSwitchDataPath vf", vm, dc => dc.GuestSwitchDataPath(vm, DataPath.Vf));
    }

    /// <summary>Graceful teardown of <paramref name="vm"/>'s VF.</summary>
    public static IEnumerable<FaultStep> Teardown(int vm)
    {
        yield return Host("RequestVfRemoval", vm, dc => dc.RequestVfRemoval(vm));
        yield return Guest("GuestSwitchDataPath synthetic", vm, dc => dc.GuestSwitchDataPath(vm, DataPath.Synthetic));
        yield return Guest("GuestPauseVf", vm, dc => dc.GuestPauseVf(vm));
        yield return Guest("GuestUnbindNetVsc", vm, dc => dc.GuestUnbindNetVsc(vm));
        yield return Guest("GuestHaltVf", vm, dc => dc.GuestHaltVf(vm));
        yield return Host("HostDetachVf", vm, dc => dc.HostDetachVf(vm));
    }

    private static FaultStep Host(string name, int vm, Func<Datacenter, AdapterReply> run) => new(name, vm, false, run);

    private static FaultStep Guest(string name, int vm, Func<Datacenter, AdapterReply> run) => new(name, vm, true, run);

    private static List<FaultScenario> Build()
    {
        var options = new DatacenterOptions();
        FaultStep CreateSwitch(int host, int numVfs) => Host($"CreateSwitch host{host}", 0, dc => dc.CreateSwitch(host, numVfs));
        return
        [
            new("initialization", options, [CreateSwitch(0, 3), .. Initialization(0)]),
            new("teardown", options, [CreateSwitch(0, 3), .. Initialization(0), .. Teardown(0)]),
            new("reassignment", options, [CreateSwitch(0, 1), .. Initialization(0), .. Teardown(0), .. Initialization(1)]),
            new(
                "live-migration",
                options,
                [
                    CreateSwitch(0, 3), CreateSwitch(1, 3), .. Initialization(0), .. Teardown(0),
                    Host("LiveMigrationStart host1", 0, dc => dc.LiveMigrationStart(0, 1)), Host("LiveMigrationResume", 0, dc => dc.LiveMigrationResume(0)),
                    Host("HostAttachVf", 0, dc => dc.HostAttachVf(0)), Guest("GuestInitializeVf", 0, dc => dc.GuestInitializeVf(0)),
                    Guest("GuestBindNetVsc", 0, dc => dc.GuestBindNetVsc(0)), Guest("GuestSwitchDataPath vf", 0, dc => dc.GuestSwitchDataPath(0, DataPath.Vf)),
                ]),
        ];
    }
}
