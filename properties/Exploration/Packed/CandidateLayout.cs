// Exploration/Packed: who each candidate command concerns, read off the command's own fields
using System.Reflection;

namespace SriovVerification.Exploration.Packed;

/// <summary>
/// Who each candidate command concerns, read off the command's own fields: a command with a <c>Vm</c> field concerns
/// that VM, any other its <c>Host</c>. The derived engine needs the candidate list as host commands followed by one
/// block per VM, in VM order, each block the same commands but for the VM (<c>SriovModel.CandidateCommands</c> builds
/// it so): then a VM's slot <c>i</c> is the same command for every VM, which is what lets an interchangeable VM with
/// the same record reuse its neighbour's successors.
/// </summary>
internal sealed class CandidateLayout
{
    private CandidateLayout(int[] hostOf, int[] slotOf, int[][] hostCommands, int vmStart, int blockLength)
    {
        HostOf = hostOf;
        SlotOf = slotOf;
        HostCommands = hostCommands;
        VmStart = vmStart;
        BlockLength = blockLength;
    }

    /// <summary>Per host command (index &lt; <see cref="VmStart"/>): its host.</summary>
    public int[] HostOf { get; }

    /// <summary>Per host command: its position among its host's commands.</summary>
    public int[] SlotOf { get; }

    /// <summary>Per host: its commands' candidate indices, in candidate order.</summary>
    public int[][] HostCommands { get; }

    /// <summary>Index of the first VM command.</summary>
    public int VmStart { get; }

    /// <summary>Commands per VM.</summary>
    public int BlockLength { get; }

    /// <summary>The candidate index of VM <paramref name="vm"/>'s slot <paramref name="slot"/>.</summary>
    public int VmCommand(int vm, int slot) => VmStart + (vm * BlockLength) + slot;

    /// <summary>The layout of <paramref name="candidates"/>, or null with the reason it is not host commands then equal VM blocks.</summary>
    public static CandidateLayout? TryCreate(IReadOnlyList<Command> candidates, ModelConfig config, out string reason)
    {
        reason = "";
        var start = 0;
        while (start < candidates.Count && SubjectVm(candidates[start]) < 0)
        {
            start++;
        }

        var hostOf = new int[start];
        var slotOf = new int[start];
        var perHost = Enumerable.Range(0, config.HostCount).Select(_ => new List<int>()).ToArray();
        for (var c = 0; c < start; c++)
        {
            var host = SubjectHost(candidates[c]);
            if (host < 0 || host >= config.HostCount)
            {
                reason = $"the packed engine needs every candidate to concern one VM or one host: {candidates[c]}";
                return null;
            }

            hostOf[c] = host;
            slotOf[c] = perHost[host].Count;
            perHost[host].Add(c);
        }

        var total = candidates.Count - start;
        var length = total / config.VmCount;
        for (var c = start; c < candidates.Count; c++)
        {
            var vm = (c - start) / Math.Max(length, 1);
            var first = candidates[start + ((c - start) % Math.Max(length, 1))];
            if (total % config.VmCount != 0 || SubjectVm(candidates[c]) != vm || !SameButVm(candidates[c], first))
            {
                reason = $"the packed engine needs the candidates as host commands, then one equal block per VM in VM order: {candidates[c]}";
                return null;
            }
        }

        return new CandidateLayout(hostOf, slotOf, [.. perHost.Select(l => l.ToArray())], start, length);
    }

    private static int SubjectVm(Command command) => Field(command, "Vm");

    private static int SubjectHost(Command command) => Field(command, "Host");

    private static int Field(Command command, string name) =>
        command.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var type } property && type == typeof(int)
            ? (int)property.GetValue(command)!
            : -1;

    /// <summary>Same command type and the same value in every field but <c>Vm</c>.</summary>
    private static bool SameButVm(Command a, Command b) =>
        a.GetType() == b.GetType()
        && a.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "Vm" && p.GetIndexParameters().Length == 0)
            .All(p => Equals(p.GetValue(a), p.GetValue(b)));
}
