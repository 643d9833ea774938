// Harness/Concurrency: concurrent programs for the linearizability checks
using SriovVerification.Implementation;
using SriovVerification.Implementation.Switch;
using SriovVerification.Model;

namespace SriovVerification.Harness.Concurrency;

/// <summary>Concurrent programs for the linearizability checks: a fixed one per race, and seeded random ones.</summary>
public static class ConcurrentPrograms
{
    private static readonly ModelConfig Config = ModelConfig.Default;

    /// <summary>The foreign MAC (owned by no VM) as a MAC index.</summary>
    private static int ForeignMac => Config.VmCount;

    /// <summary>
    /// A management filter for the foreign MAC on a deactivated PF VPort, moved back and forth between two deactivated PF
    /// VPorts while frames for that MAC arrive: every sequential order drops them (<c>vport not activated</c>); a receive
    /// that sees the filter on no VPort delivers it to the host instead.
    /// </summary>
    public static ConcurrentProgram FilterMoveUnderReceive() => new(
        Config,
        [
            new Command.CreateSwitch(0, Config.NumVfs),
            new Command.CreateVPort(0, Command.CreateVPort.PfFunctionId, 1),
            new Command.CreateVPort(0, Command.CreateVPort.PfFunctionId, 1),
            new Command.SetFilter(0, 1, ForeignMac, 0),
        ],
        [
            [new Command.MoveFilter(0, 1, 1, 2), new Command.MoveFilter(0, 1, 2, 1)],
            [new Command.ReceiveFrame(0, ForeignMac, 0), new Command.ReceiveFrame(0, ForeignMac, 0), new Command.ReceiveFrame(0, ForeignMac, 0)],
        ]);

    /// <summary>The setup of the random programs: a switch, three connected VMs, VM 0 on its VF, a management filter on a PF VPort.</summary>
    public static IReadOnlyList<Command> RandomSetup { get; } =
    [
        new Command.CreateSwitch(0, Config.NumVfs),
        new Command.VmConnect(0),
        new Command.VmConnect(1),
        new Command.VmConnect(2),
        new Command.HostAttachVf(0),
        new Command.GuestInitializeVf(0),
        new Command.GuestBindNetVsc(0),
        new Command.GuestSwitchDataPath(0, Model.DataPath.Vf),
        new Command.CreateVPort(0, Command.CreateVPort.PfFunctionId, 1),
        new Command.SetFilter(0, 2, 4, 0),
    ];

    /// <summary>
    /// The commands random callers draw from: frames from the wire and from guests, management filter moves, VPort
    /// activation, VF attach and removal requests, data-path switches, connect and disconnect, enumerations.
    /// Surprise removal is left out: frames in flight at a surprise removal are lost by design (see
    /// <see cref="FrameChecker"/>), so it is not linearizable with concurrent receives.
    /// </summary>
    public static IReadOnlyList<Command> RandomPool { get; } =
    [
        new Command.ReceiveFrame(0, 0, 0),
        new Command.ReceiveFrame(0, 1, 0),
        new Command.ReceiveFrame(0, 2, 0),
        new Command.ReceiveFrame(0, 4, 0),
        new Command.GuestSendFrame(1, 0, 0),
        new Command.GuestSendFrame(0, 2, 0),
        new Command.GuestSendFrame(2, 1, 0),
        new Command.MoveFilter(0, 4, 2, 0),
        new Command.MoveFilter(0, 4, 0, 2),
        new Command.SetVPortState(0, 2, true),
        new Command.HostAttachVf(1),
        new Command.GuestInitializeVf(1),
        new Command.RequestVfRemoval(0),
        new Command.GuestSwitchDataPath(0, Model.DataPath.Synthetic),
        new Command.VmDisconnect(2),
        new Command.VmConnect(2),
        new Command.Enumerate(0, EnumerationKind.Filters),
        new Command.Enumerate(0, EnumerationKind.VPorts),
    ];

    /// <summary>A random program: <paramref name="callers"/> callers of <paramref name="operationsPerCaller"/> commands from <see cref="RandomPool"/>.</summary>
    public static ConcurrentProgram Random(ulong seed, int callers = 3, int operationsPerCaller = 3)
    {
        var random = new DeterministicRandom(seed);
        var lists = new List<IReadOnlyList<Command>>();
        for (var c = 0; c < callers; c++)
        {
            lists.Add(Enumerable.Range(0, operationsPerCaller).Select(_ => RandomPool[random.Next(RandomPool.Count)]).ToList());
        }

        return new ConcurrentProgram(Config, RandomSetup, lists);
    }
}
