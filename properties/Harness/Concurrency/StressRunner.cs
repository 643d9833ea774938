// Harness/Concurrency: real threads for what the cooperative scheduler cannot control
using SriovVerification.Implementation;
using SriovVerification.Implementation.Concurrency;
using SriovVerification.Implementation.Guest;

namespace SriovVerification.Harness.Concurrency;

/// <summary>
/// Real threads for what the cooperative scheduler cannot control: a control thread runs attach/failover cycles, a
/// NetVSC thread reacts, two senders and a wire receiver pump TCP-like flows, all released together by a barrier, with
/// stress perturbation at the adapter's yield points. Every loop is bounded; the frame checkers judge the result.
/// </summary>
public static class StressRunner
{
    /// <summary>Spins a thread may wait for the guest or the transition before the run is reported as stuck.</summary>
    public const int WaitSpinsMax = 2_000_000;

    /// <summary>Frames each traffic thread sends at most.</summary>
    public const int FramesPerThreadMax = 20_000;

    /// <summary>Runs <paramref name="cycles"/> attach and graceful-failover cycles of VM 0 under traffic.</summary>
    public static FrameCheckResult Run(ulong seed, int cycles, FilterMovePolicy policy, IReadOnlyList<string> defects)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cycles, 1);
        ArgumentNullException.ThrowIfNull(defects);
        const int vmCount = InterleavingRunner.VmCount;
        var datacenter = new Datacenter(new DatacenterOptions
        {
            HostCount = 1,
            VmCount = vmCount,
            VmVlans = [5, 5, 5],
            FilterMovePolicy = policy,
            Seed = seed,
            Adapter = new AdapterOptions { Defects = new HashSet<string>(defects, StringComparer.Ordinal) },
        });
        datacenter.CreateSwitch(0, 2);
        for (var v = 0; v < vmCount; v++)
        {
            datacenter.VmConnect(v);
        }

        datacenter.Scheduler = new StressScheduler(seed);
        using var run = new StressRun(datacenter, cycles);
        run.RunThreads();
        datacenter.Scheduler = NoScheduler.Instance;
        var result = FrameChecker.Check(datacenter.DataPathLog.Snapshot(), datacenter.DataPathLog.Overflowed, datacenter.FrameLog, datacenter.Deliveries,
            run.Flows, policy, new InterleavingOptions().RetransmitWindowSteps, vmCount, datacenter.Options.VlanOf);
        return run.Stuck.Count == 0 ? result : result with { Violations = [.. run.Stuck, .. result.Violations] };
    }

    private static bool Spin(Func<bool> condition)
    {
        for (var i = 0; i < WaitSpinsMax; i++)
        {
            if (condition())
            {
                return true;
            }

            Thread.Yield();
        }

        return false;
    }

    /// <summary>One stress run's threads and what they share: the protocol clock, the stuck reports and the flows sent.</summary>
    private sealed class StressRun(Datacenter datacenter, int cycles) : IDisposable
    {
        private const int VmCount = InterleavingRunner.VmCount;
        private readonly Barrier barrier = new(5);
        private int protocolClock;
        private int controlDone;

        /// <summary>Why the control thread gave up, one line per cycle that got stuck.</summary>
        public List<string> Stuck { get; } = [];

        /// <summary>Every frame the traffic threads sent.</summary>
        public List<FlowFrame> Flows { get; } = [];

        /// <summary>Runs the control, guest and three traffic threads to their ends.</summary>
        public void RunThreads()
        {
    Thread[] threads = [new(Control), new(Guest), new(() => Traffic(0)), new(() => Traffic(1)), new(() => Traffic(-1))];
    foreach (var thread in threads)
    {
        thread.Start();
    }

    foreach (var thread in threads)
    {
        thread.Join();
    }
        }

        /// <inheritdoc/>
        public void Dispose() => barrier.Dispose();

        private void Control()
        {
            barrier.SignalAndWait();
            try
            {
                for (var cycle = 0; cycle < cycles; cycle++)
                {
                    datacenter.HostAttachVf(0);
                    Interlocked.Increment(ref protocolClock);
                    if (!Spin(() => datacenter.QueryVm(0).DataPath == DataPath.Vf))
                    {
                        lock (Stuck)
                        {
                            Stuck.Add($"cycle {cycle}: VM 0 never reached the VF path");
                        }

                        return;
                    }

                    datacenter.RequestVfRemoval(0);
                    Interlocked.Increment(ref protocolClock);
                    if (!Spin(() => InterleavingRunner.Device(datacenter, 0) is null or VfDeviceState.Absent))
                    {
                        lock (Stuck)
                        {
                            Stuck.Add($"cycle {cycle}: the VF was never removed");
                        }

                        return;
                    }

                    datacenter.HostDetachVf(0);
                    Interlocked.Increment(ref protocolClock);
                }
            }
            finally
            {
                Volatile.Write(ref controlDone, 1);
            }
        }

        private void Guest()
        {
            barrier.SignalAndWait();
            for (var spins = 0; spins < WaitSpinsMax * 4 && Volatile.Read(ref controlDone) == 0; spins++)
            {
                var snapshot = datacenter.QueryVm(0);
                var vf = snapshot.VfId is int vfId ? datacenter.QueryVfs(snapshot.Host)[vfId] : null;
                if (vf is not null && InterleavingRunner.Act(datacenter, 0, snapshot.DataPath, vf, hangsBeforeHalt: false))
                {
                    Interlocked.Increment(ref protocolClock);
                }
                else
                {
                    Thread.Yield();
                }
            }
        }

        private void Traffic(int sender)
        {
            barrier.SignalAndWait();
            var sequences = new int[VmCount];
            var local = new List<FlowFrame>();
            for (var sent = 0; sent < FramesPerThreadMax && Volatile.Read(ref controlDone) == 0; sent++)
            {
                Frame(sender, sent, sequences, local);
            }

            for (var probe = 0; probe < VmCount; probe++)
            {
                Frame(sender, probe, sequences, local);
            }

            lock (Flows)
            {
                Flows.AddRange(local);
            }
        }

        private void Frame(int sender, int n, int[] sequences, List<FlowFrame> local)
        {
            int to;
            AdapterResult result;
            string connection;
            if (sender < 0)
            {
                to = n % VmCount;
                result = datacenter.ReceiveFrame(0, Datacenter.VmMacAddress(to), 5);
                connection = $"wire->vm{to}";
            }
            else
            {
                to = (sender + 1 + (n % (VmCount - 1))) % VmCount;
                result = datacenter.GuestSendFrame(sender, Datacenter.VmMacAddress(to), 5);
                connection = $"vm{sender}->vm{to}";
            }

            if (result.Data is AdapterData.FrameRouted routed)
            {
                local.Add(new FlowFrame(connection, sequences[to]++, routed.Outcome.FrameId, to, Volatile.Read(ref protocolClock)));
            }
        }
    }
}
