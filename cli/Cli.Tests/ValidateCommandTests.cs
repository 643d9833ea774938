// CLI tests: the validate verb on driver logs, with and without a catalogue defect.
using SriovVerification.Harness.Conformance;
using SriovVerification.Harness.Validation;
using Command = SriovVerification.Model.Command;

namespace SriovVerification.Cli.Tests;

/// <summary><c>validate LOG</c> on logs the adapter writes, with and without a catalogue defect, in both formats.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sriov-validate-").FullName;

    private static readonly Command[] Commands =
    [
        new Command.CreateSwitch(0, 3),
        new Command.AllocateVf(0, 1),
        new Command.CreateVPort(0, 0, 1),
        new Command.CreateVPort(0, Command.CreateVPort.PfFunctionId, 1),
        new Command.SetFilter(0, 2, ModelConfig.Default.VmCount, 0),
        new Command.ReadVfConfigSpace(0, 0, 0, 4, 0, 4),
        new Command.FreeVf(0, 0),
        new Command.DeleteVPort(0, 2),
        new Command.ResetVf(0, 0),
        new Command.Enumerate(0, EnumerationKind.Vfs),
    ];

    [Fact]
    public void Run_AdapterLogWithoutDefect_EveryRequestAsTheModelAnswers()
    {
        var (exit, output) = Validate(Log([]));

        Assert.True(exit == ExitCodes.Success, output);
        Assert.Contains("every request answered as the model answers it", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AdapterLogWithFreeVfDefect_ReportsTheFreeVfLineWithTheRule()
    {
        var (exit, output) = Validate(Log([DefectCatalog.FreeVfWithVPort]));

        Assert.True(exit == ExitCodes.ViolationFound, output);
        Assert.Contains("OID_NIC_SWITCH_FREE_VF: the log has SUCCESS, the model answers FILE_NOT_FOUND", output, StringComparison.Ordinal);
        Assert.Contains("the rule that decides", output, StringComparison.Ordinal);
        Assert.Contains("vf0(vm1)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CsvOfTheSameLog_SameVerdict()
    {
        var (entries, errors) = DriverLog.Parse(Log([DefectCatalog.FreeVfWithVPort]));
        Assert.Empty(errors);
        var csv = DriverLog.CsvHeader + "\n" + string.Join("\n", entries.Select(e =>
            $"{e.Oid},{string.Join(" ", e.Parameters.Select(p => p.Key + "=" + p.Value))},0x{e.Status.Code():X8},{e.BytesNeeded}")) + "\n";

        var (exit, output) = Validate(csv);

        Assert.True(exit == ExitCodes.ViolationFound, output);
        Assert.Contains("the model answers FILE_NOT_FOUND", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OID_NIC_SWITCH_FREE_VF VFId=0 -> SUCCESS\n", ":1:1: expected 'sriov-oid-log 1' or the CSV header")]
    [InlineData("sriov-oid-log 1\n0001 OID_NIC_SWITCH_FREE_VF VFId=0 -> SUCESS\n", ":2:39: expected a status name or code")]
    [InlineData("sriov-oid-log 1\n0001 OID_NIC_SWITCH_FREE_VF VFId=zero -> SUCCESS\n", "line 2: OID_NIC_SWITCH_FREE_VF parameter VFId: expected an integer")]
    [InlineData("oid,parameters,status,bytes_needed\nOID_NIC_SWITCH_FREE_VF,VFId=0,SUCCESS\n", ":2:1: expected 4 comma-separated cells")]
    public void Run_MalformedLog_PositionedErrorAndUsageExit(string text, string expected)
    {
        var path = Path.Combine(directory, "bad.log");
        File.WriteAllText(path, text);
        var error = new StringWriter();

        var exit = ValidateCommand.Run(path, 0, new StringWriter(), error);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Log(IReadOnlyList<string> defects)
    {
        var session = new ConformanceSession(ModelConfig.Default, defects);
        foreach (var command in Commands)
        {
            session.Step(command);
        }

        return DriverLog.Write(session.Adapter.OidLog(0));
    }

    private (int Exit, string Output) Validate(string text)
    {
        var path = Path.Combine(directory, "driver.log");
        File.WriteAllText(path, text);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ValidateCommand.Run(path, 0, output, error);
        return (exit, output.ToString() + error + "\n" + text);
    }
}
