// Properties.Tests/Traces: generators and shrinkers for commands, outcomes and traces
using FsCheck;
using FsCheck.Fluent;
using SriovVerification.Model;
using static SriovVerification.Model.Command;
using Outcome = SriovVerification.Model.Outcome;

namespace SriovVerification.Properties.Tests.Traces;

/// <summary>Generators and shrinkers for commands, outcomes and traces: small ids plus edge values.</summary>
internal static class TraceGenerators
{
    private static readonly Gen<int> Small = Gen.Frequency(
        (8, Gen.Choose(0, 4)),
        (1, Gen.Elements(-1, -2, 255, 4096, int.MaxValue, int.MinValue)));

    private static readonly Gen<bool> Bool = Gen.Elements(true, false);

    private static readonly Gen<DataPath> Path = Gen.Elements(DataPath.Synthetic, DataPath.Vf);

    private static readonly Gen<uint> UInt = Gen.Frequency(
        (3, Gen.Choose(0, 0xFFFF).Select(v => (uint)v)),
        (1, Gen.Elements(0u, 1u, 0x8000_0000u, uint.MaxValue)));

    private static readonly Gen<ulong> ULong = Gen.Frequency(
        (3, Gen.Choose(0, 0xFF).Select(v => (ulong)v)),
        (1, Gen.Elements(0UL, 1UL << 63, ulong.MaxValue, 0x0000_0001_0000_0000UL)));

    private static readonly Gen<byte> Byte = Gen.Choose(0, 255).Select(v => (byte)v);

    /// <summary>Text with the characters that stress quoting: quotes, backslashes, control characters, '|', '->', non-ASCII.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.Elements("", "no NIC switch on host 0", "VF 3 is not allocated", "a|b -> c", "say \"hi\"", "back\\slash", "tab\tand\nnewline", "ü ß 中", "[x,y]", "\u0001\u007F")),
        (1, Gen.Elements('a', 'b', ' ', '"', '\\', '|', '\n', '\0', ']', ',', '=').ArrayOf().Select(cs => new string(cs))));

    /// <summary>Free text as the printer keeps it (one line, no surrounding spaces).</summary>
    public static readonly Gen<string> LineText = Gen.Elements("", "+vf0(vm2) +vport1(vf0) filter3:vport0->vport1 vm2:synthetic->vf", "-vf0", "x | y", "ü \"q\"");

    public static readonly Gen<Command> Command = Gen.OneOf(
        from h in Small from n in Small from s in Small from e in Bool select (Command)new CreateSwitch(h, n, s, e),
        from h in Small from s in Small select (Command)new DeleteSwitch(h, s),
        from h in Small from v in Small from ok in Bool select (Command)new AllocateVf(h, v, ok),
        from h in Small from v in Small select (Command)new FreeVf(h, v),
        from h in Small from v in Small from q in Small select (Command)new CreateVPort(h, v, q),
        from h in Small from p in Small from a in Bool select (Command)new SetVPortState(h, p, a),
        from h in Small from p in Small select (Command)new DeleteVPort(h, p),
        from h in Small from p in Small from m in Small from l in Small from ok in Bool select (Command)new SetFilter(h, p, m, l, ok),
        from h in Small from f in Small select (Command)new ClearFilter(h, f),
        from h in Small from f in Small select (Command)new ClientClearFilter(h, f),
        from h in Small from f in Small from s in Small from d in Small select (Command)new MoveFilter(h, f, s, d),
        from h in Small from v in Small from o in Small from l in Small from bo in Small from bl in Small select (Command)new ReadVfConfigSpace(h, v, o, l, bo, bl),
        from h in Small from v in Small from o in Small from l in Small from bo in Small from bl in Small from x in UInt select (Command)new WriteVfConfigSpace(h, v, o, l, bo, bl, x),
        from h in Small from v in Small from b in Small from l in Small select (Command)new ReadVfConfigBlock(h, v, b, l),
        from h in Small from v in Small from b in Small from l in Small from x in Byte select (Command)new WriteVfConfigBlock(h, v, b, l, x),
        from h in Small from v in Small from m in ULong select (Command)new InvalidateConfigBlock(h, v, m),
        from h in Small from v in Small select (Command)new ResetVf(h, v),
        from h in Small from v in Small from d in Bool select (Command)new SetVfPowerState(h, v, d),
        from h in Small from k in Gen.Elements(Enum.GetValues<EnumerationKind>()) select (Command)new Enumerate(h, k),
        Small.Select(vm => (Command)new VmConnect(vm)),
        Small.Select(vm => (Command)new VmDisconnect(vm)),
        from vm in Small from q in Small select (Command)new HostAttachVf(vm, q),
        from vm in Small from t in Path select (Command)new MoveVmFilter(vm, t),
        Small.Select(vm => (Command)new OfferVf(vm)),
        Small.Select(vm => (Command)new RequestVfRemoval(vm)),
        Small.Select(vm => (Command)new RemovalTimeout(vm)),
        Small.Select(vm => (Command)new HostDetachVf(vm)),
        Small.Select(vm => (Command)new SurpriseRemoveVf(vm)),
        from vm in Small from d in Small select (Command)new LiveMigrationStart(vm, d),
        Small.Select(vm => (Command)new LiveMigrationResume(vm)),
        Small.Select(vm => (Command)new GuestInitializeVf(vm)),
        Small.Select(vm => (Command)new GuestBindNetVsc(vm)),
        from vm in Small from n in Bool from t in Bool select (Command)new GuestBindProtocol(vm, n, t),
        from vm in Small from t in Path select (Command)new GuestSwitchDataPath(vm, t),
        Small.Select(vm => (Command)new GuestPauseVf(vm)),
        Small.Select(vm => (Command)new GuestUnbindNetVsc(vm)),
        Small.Select(vm => (Command)new GuestHaltVf(vm)),
        Small.Select(vm => (Command)new GuestHandleInvalidation(vm)),
        from h in Small from m in Small from l in Small select (Command)new ReceiveFrame(h, m, l),
        from vm in Small from m in Small from l in Small from s in Bool from st in Small select (Command)new GuestSendFrame(vm, m, l, s, st),
        from h in Small from k in Gen.Elements(Enum.GetValues<FramedOidKind>()) from id in Small from l in Small from t in Small from r in Small from z in Small
        select (Command)new FramedOid(h, k, id, l, t, r, z),
        Small.Select(h => (Command)new PfHalt(h)),
        Small.Select(h => (Command)new PfInitialize(h)),
        Small.Select(h => (Command)new PfReset(h)),
        Small.Select(h => (Command)new ReadSriovCapability(h)),
        Small.Select(h => (Command)new QuerySriovCapabilities(h)));

    public static readonly Gen<OutcomeData> Data = Gen.OneOf(
        from v in Small from r in Small select (OutcomeData)new OutcomeData.VfAllocated(v, r),
        Small.Select(p => (OutcomeData)new OutcomeData.VPortCreated(p)),
        Small.Select(f => (OutcomeData)new OutcomeData.FilterCreated(f)),
        from v in Small from r in Small from p in Small select (OutcomeData)new OutcomeData.VfAttached(v, r, p),
        from defined in Bool from x in UInt select (OutcomeData)new OutcomeData.ConfigSpaceRead(defined ? x : null),
        Byte.Select(b => (OutcomeData)new OutcomeData.ConfigBlockRead(b)),
        ULong.Select(m => (OutcomeData)new OutcomeData.InvalidationDelivered(m)),
        from fate in Gen.Elements(Enum.GetValues<FrameFate>()) from vm in Small from p in Path from d in Text
        select (OutcomeData)new OutcomeData.Frame(fate, vm, p, d),
        Text.ArrayOf().Select(e => (OutcomeData)new OutcomeData.Enumerated(e.ToValueArray())),
        Small.Select(n => (OutcomeData)new OutcomeData.LengthNeeded(n)));

    public static readonly Gen<Outcome> Outcomes =
        from status in Gen.Elements(Enum.GetValues<NdisStatus>())
        from reason in Text
        from hasData in Gen.Frequency((1, Gen.Constant(false)), (2, Gen.Constant(true)))
        from data in Data
        select new Outcome(status, reason, hasData ? data : null);

    public static readonly Gen<ModelConfig> Config = Gen.OneOf(
        Gen.Constant(ModelConfig.Default),
        from hosts in Small
        from vms in Small
        from rid in Small
        from policy in Gen.Elements(FilterMovePolicy.HostDriven, FilterMovePolicy.GuestDriven)
        from enabled in Bool.ArrayOf()
        from vlans in Small.ArrayOf()
        from blocks in Small.ArrayOf()
        select ModelConfig.Default with
        {
            HostCount = hosts,
            VmCount = vms,
            PfRid = rid,
            FilterMovePolicy = policy,
            HostSriovEnabled = enabled.ToValueArray(),
            VmVlans = vlans.ToValueArray(),
            VmInitialHosts = vlans.Reverse().ToValueArray(),
            ConfigBlocks = blocks.Select((b, i) => new ConfigBlockDefinition(b, i)).ToValueArray(),
        });

    private static readonly Gen<(Command Command, Outcome Outcome, string Changes, Outcome? Expected, InvariantViolation[] Violations, string[] Diff)> StepParts =
        from command in Command
        from outcome in Outcomes
        from changes in LineText
        from hasExpected in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from expected in Outcomes
        from violations in Gen.Elements("INV-07", "INV-25").Select(id => new InvariantViolation(id, "VF 0 owned by two VMs")).ArrayOf().Resize(2)
        from diff in Gen.Elements("- host0.vf0 owner=vm2", "+ host0.vf0 owner=free", "= vm2 path=vf").ArrayOf().Resize(3)
        select (command, outcome, changes, hasExpected ? expected : null, violations, diff);

    public static readonly Gen<Trace> Trace =
        from config in Config
        from parts in StepParts.ListOf().Resize(12)
        from seed in Gen.OneOf(Gen.Constant((ulong?)null), ULong.Select(s => (ulong?)s))
        from defects in Gen.Elements("FreeVfWithVPort", "DeleteVPortWithFilters", "D-7").ArrayOf().Resize(3)
        from title in LineText
        from purpose in LineText
        select new Trace(
            config,
            parts.Select((p, i) => new TraceStep(i + 1, p.Command, p.Outcome, p.Changes)
            {
                Expected = p.Expected,
                Violations = p.Violations.ToValueArray(),
                StateDiff = p.Diff.ToValueArray(),
            }).ToValueArray())
        {
            Seed = seed,
            Defects = defects.ToValueArray(),
            Title = title,
            Purpose = purpose,
        };

    /// <summary>Shrinks a trace by dropping steps (renumbering the rest), then the header extras.</summary>
    public static IEnumerable<Trace> ShrinkTrace(Trace trace)
    {
        var steps = trace.Steps;
        if (steps.Length > 1)
        {
            yield return Renumber(trace, steps.Take(steps.Length / 2));
            yield return Renumber(trace, steps.Skip(steps.Length / 2));
        }

        for (var i = 0; i < steps.Length; i++)
        {
            yield return Renumber(trace, steps.Where((_, j) => j != i));
        }

        if (trace.Defects.Length > 0 || trace.Title.Length > 0 || trace.Purpose.Length > 0 || trace.Seed is not null)
        {
            yield return trace with { Defects = [], Title = "", Purpose = "", Seed = null };
        }

        if (trace.Config != ModelConfig.Default)
        {
            yield return trace with { Config = ModelConfig.Default };
        }
    }

    /// <summary>Shrinks a command to the same operation with one argument at a time set to zero.</summary>
    public static IEnumerable<Command> ShrinkCommand(Command command)
    {
        var text = CommandText.Format(command);
        var tokens = text.Split(' ');
        for (var i = 1; i < tokens.Length; i++)
        {
            var equals = tokens[i].IndexOf('=', StringComparison.Ordinal);
            var value = tokens[i][(equals + 1)..];
            if (value is "0" or "0x0000" or "0x00000000" or "0x00" or "0x0000000000000000" || !char.IsDigit(value[^1]))
            {
                continue;
            }

            var zero = value.StartsWith("0x", StringComparison.Ordinal) || value.StartsWith("-0x", StringComparison.Ordinal) ? "0x0" : "0";
            var candidate = string.Join(' ', tokens.Select((t, j) => j == i ? t[..(equals + 1)] + zero : t));
            if (CommandText.TryParse(candidate, out var shrunk, out _))
            {
                yield return shrunk;
            }
        }
    }

    public static Arbitrary<Trace> TraceArbitrary => Arb.From(Trace, ShrinkTrace);

    public static Arbitrary<Command> CommandArbitrary => Arb.From(Command, ShrinkCommand);

    private static Trace Renumber(Trace trace, IEnumerable<TraceStep> steps) =>
        trace with { Steps = steps.Select((s, i) => s with { Number = i + 1 }).ToValueArray() };
}
