// Harness/Validation: the result of validating a driver log against the model
using System.Globalization;
using System.Text;
using SriovVerification.Model;

namespace SriovVerification.Harness.Validation;

/// <summary>The result of validating a driver log against the model.</summary>
/// <param name="Checked">Requests compared with the model.</param>
/// <param name="Skipped">Requests skipped, one line each with the reason.</param>
/// <param name="Mismatch">The first request the model forbids or answers differently, described; null when none.</param>
public sealed record DriverLogValidation(int Checked, IReadOnlyList<string> Skipped, string? Mismatch)
{
    /// <summary>Validates <paramref name="entries"/> (of host <paramref name="host"/>) step by step from the initial state of <paramref name="config"/>.</summary>
    public static DriverLogValidation Run(IReadOnlyList<DriverLogEntry> entries, ModelConfig config, int host, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(config);
        var problems = new List<string>();
        var skipped = new List<string>();
        var state = SriovModel.Initial(config);
        var count = 0;
        foreach (var entry in entries)
        {
            var (command, skip, error) = DriverLogCommands.Read(entry, host, config);
            if (error is not null && entry.Status != NdisStatus.Success)
            {
                // A refused request whose parameters were not all logged: nothing the model can check it against.
                skipped.Add(string.Create(CultureInfo.InvariantCulture, $"line {entry.Line} {entry.Oid}: refused with {entry.Status.ToNdisName()} before its parameters were logged"));
                continue;
            }

            if (error is not null)
            {
                problems.Add(error);
                continue;
            }

            if (command is null)
            {
                skipped.Add(string.Create(CultureInfo.InvariantCulture, $"line {entry.Line} {entry.Oid}: {skip}"));
                continue;
            }

            if (problems.Count > 0)
            {
                continue;
            }

            if (entry.Status == NdisStatus.InvalidLength && CommandDescriptors.Of(command).ConfigAccessOf is null)
            {
                // The model holds buffer lengths only for config-space accesses; elsewhere INVALID_LENGTH is the first half
                // of NDIS's two-step query (learn BytesNeeded, then ask again), which changes nothing.
                skipped.Add(string.Create(CultureInfo.InvariantCulture, $"line {entry.Line} {entry.Oid}: INVALID_LENGTH{(entry.BytesNeeded is int n ? $" (BytesNeeded={n})" : "")}, a buffer length the model does not hold for this OID"));
                continue;
            }

            count++;
            var transition = SriovModel.Apply(config, state, command);
            var differs = Differs(entry, transition.Outcome);
            if (differs is not null)
            {
                errors = problems;
                return new DriverLogValidation(count, skipped, Describe(entry, command, transition.Outcome, differs, state.Hosts[host]));
            }

            state = transition.State;
        }

        errors = problems;
        return new DriverLogValidation(count, skipped, null);
    }

    /// <summary>What differs between the log's answer and the model's, or null.</summary>
    private static string? Differs(DriverLogEntry entry, Outcome model)
    {
        if (entry.Status != model.Status)
        {
            return $"the log has {entry.Status.ToNdisName()}, the model answers {model.Status.ToNdisName()}" + (model.Reason.Length > 0 ? $" ({model.Reason})" : "");
        }

        var (key, value) = model.Data switch
        {
            OutcomeData.VfAllocated a => ("VFId", a.VfId),
            OutcomeData.VPortCreated v => ("VPortId", v.VPortId),
            OutcomeData.FilterCreated f => ("FilterId", f.FilterId),
            _ => ("", 0),
        };
        return key.Length > 0 && entry.Parameters.TryGetValue(key, out var logged) && logged != value.ToString(CultureInfo.InvariantCulture)
            ? $"the log's {key}={logged}, the model assigns {key}={value.ToString(CultureInfo.InvariantCulture)}"
            : null;
    }

    private static string Describe(DriverLogEntry entry, Command command, Outcome model, string differs, HostState host)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"line {entry.Line}: {entry.Oid}: {differs}\n");
        b.Append("  as the model command: ").Append(CommandText.Format(command)).Append('\n');
        b.Append("  the model's state of the host before it:\n");
        b.Append("    switches: ").Append(string.Join(", ", host.Switches.Select(s => s.ToString()))).Append('\n');
        b.Append("    VFs: ").Append(string.Join(", ", host.Vfs.Where(v => v.OwnerVm >= 0).Select(v => $"vf{v.VfId}(vm{v.OwnerVm})").DefaultIfEmpty("none allocated"))).Append('\n');
        b.Append("    VPorts: ").Append(string.Join(", ", host.VPorts.Select(p => $"vport{p.VPortId}({(p.IsOnPf ? "pf" : "vf" + p.AttachedVfId.ToString(CultureInfo.InvariantCulture))}{(p.Activated ? "" : ", deactivated")})").DefaultIfEmpty("none"))).Append('\n');
        b.Append("    filters: ").Append(string.Join(", ", host.Filters.Select(f => $"filter{f.FilterId}@vport{f.VPortId}").DefaultIfEmpty("none"))).Append('\n');
        if (model.Reason.Length > 0)
        {
            b.Append("  the rule that decides (docs/MODEL.md): ").Append(model.Reason).Append('\n');
        }

        return b.ToString();
    }
}
