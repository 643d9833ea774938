// Properties.Tests/Traces: tests of TraceParser
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Traces;

public class TraceParserTests
{
    private static readonly string Header = TracePrinter.Print(new Trace(ModelConfig.Default, []));

    private static readonly int StepLine = Header.Count(c => c == '\n') + 1;

    private static string FirstError(string text) => TraceParser.Parse(text, "traces/x.trace").Errors[0].Message;

    private static string StepError(string line) => FirstError(Header + line + "\n");

    [Fact]
    public void Parse_ValidStep_ReadsEveryColumn()
    {
        var result = TraceParser.Parse(Header + "0001 pf   OID_NIC_SWITCH_ALLOCATE_VF host=0 vm=2 -> SUCCESS vf=0 rid=0x01FC | +vf0(vm2)\n");

        Assert.True(result.IsSuccess, result.ErrorText);
        var step = Assert.Single(result.Trace!.Steps);
        Assert.Equal(new TraceStep(1, new Command.AllocateVf(0, 2), Outcome.OkWith(new OutcomeData.VfAllocated(0, 0x01FC)), "+vf0(vm2)"), step);
    }

    [Fact]
    public void Parse_StepNumberFollowedByUnterminatedQuote_ReportsStepNumberAtColumnOne()
    {
        Assert.Equal($"traces/x.trace:{StepLine}:1: expected step number 0001, found '0001\"pf   OID_NIC_SWITCH_CREATE_SWITCH'", StepError("0001\"pf   OID_NIC_SWITCH_CREATE_SWITCH"));
    }

    [Fact]
    public void Parse_MisspelledStatus_NamesStatusesAndColumn()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:49: expected a status name (SUCCESS, INVALID_PARAMETER, INVALID_LENGTH, NOT_SUPPORTED, FILE_NOT_FOUND, RESOURCES, FAILURE, INVALID_DEVICE_REQUEST), found 'SUCESS'",
            StepError("0001 pf   OID_NIC_SWITCH_FREE_VF host=0 vf=0 -> SUCESS"));
    }

    [Fact]
    public void Parse_UnknownOperation_NamesOperations()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:11: expected an operation name (OID_NIC_SWITCH_CREATE_SWITCH, OID_NIC_SWITCH_DELETE_SWITCH, OID_NIC_SWITCH_ALLOCATE_VF, …), found 'OID_NIC_SWITCH_FREE'",
            StepError("0001 pf   OID_NIC_SWITCH_FREE host=0 vf=0 -> SUCCESS"));
    }

    [Fact]
    public void Parse_WrongActor_NamesTheActorOfTheOperation()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:6: expected actor 'pf' for OID_SRIOV_RESET_VF, found 'host'",
            StepError("0001 host OID_SRIOV_RESET_VF host=0 vf=1 -> SUCCESS"));
    }

    [Fact]
    public void Parse_UnknownActor_ListsActors()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:6: expected an actor (host, pf, vm<n>, wire), found 'guest'",
            StepError("0001 guest GUEST_VF_HALT vm=1 -> SUCCESS"));
    }

    [Fact]
    public void Parse_StepOutOfOrder_ExpectsNextNumber()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:1: expected step number 0001 (steps are numbered 1, 2, 3, … in order), found '0002'",
            StepError("0002 vm1  GUEST_VF_HALT vm=1 -> SUCCESS"));
    }

    [Fact]
    public void Parse_MissingArgument_NamesIt()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:37: expected the argument 'vf=' of OID_SRIOV_RESET_VF, found '->'",
            StepError("0001 pf   OID_SRIOV_RESET_VF host=0 -> SUCCESS"));
    }

    [Fact]
    public void Parse_UnknownArgument_ListsArguments()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:37: expected an argument of OID_SRIOV_RESET_VF (host=, vf=) or '->', found 'vm=2'",
            StepError("0001 pf   OID_SRIOV_RESET_VF host=0 vm=2 -> SUCCESS"));
    }

    [Fact]
    public void Parse_BadArgumentValue_PointsAtTheValue()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:55: expected a hexadecimal number 0x0 … 0xFFFFFFFFFFFFFFFF for 'mask=', found '0xZZ'",
            StepError("0001 pf   NdisMInvalidateConfigBlock host=0 vf=0 mask=0xZZ -> SUCCESS"));
    }

    [Fact]
    public void Parse_RepeatedArgument_Reported()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:37: expected each argument once ('host=' is repeated), found 'host=1'",
            StepError("0001 pf   OID_SRIOV_RESET_VF host=0 host=1 vf=0 -> SUCCESS"));
    }

    [Fact]
    public void Parse_MissingArrow_Reported()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:41: expected '->' and a status, found end of line",
            StepError("0001 pf   OID_SRIOV_RESET_VF host=0 vf=0"));
    }

    [Fact]
    public void Parse_UnknownDataField_ListsFields()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:61: expected a data field (vf=, rid=, vport=, filter=, value=, fill=, mask=, fate=, vm=, path=, drop=, entries=, needed=, reason=) or '|', found 'vfid=0'",
            StepError("0001 pf   OID_NIC_SWITCH_ALLOCATE_VF host=0 vm=2 -> SUCCESS vfid=0"));
    }

    [Fact]
    public void Parse_IncompleteData_ListsShapes()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:61: expected one kind of data: 'vf= rid= [vport=]', 'vport=', 'filter=', 'value=', 'fill=', 'mask=', 'fate= vm= path= [drop=]', 'entries=' or 'needed=', found 'vf=0'",
            StepError("0001 pf   OID_NIC_SWITCH_ALLOCATE_VF host=0 vm=2 -> SUCCESS vf=0"));
    }

    [Fact]
    public void Parse_UnclosedQuote_Reported()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:68: expected a closing '\"', found '\"no switch'",
            StepError("0001 pf   OID_NIC_SWITCH_ALLOCATE_VF host=0 vm=2 -> FAILURE reason=\"no switch"));
    }

    [Fact]
    public void Parse_NulCharacter_ReportedWithColumn()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine}:5: expected a printable character (escape control characters inside quotes), found '\\x00'",
            StepError("0001\0pf"));
    }

    [Fact]
    public void Parse_MissingFormatLine_Reported()
    {
        Assert.Equal("traces/x.trace:1:1: expected the format line 'sriov-trace 1', found 'title:'", FirstError("title: x\n"));
    }

    [Fact]
    public void Parse_OtherFormatVersion_Reported()
    {
        Assert.Equal("traces/x.trace:1:13: expected format version 1, found '2'", FirstError("sriov-trace 2\n"));
    }

    [Fact]
    public void Parse_EmptyInput_Reported()
    {
        Assert.Equal("traces/x.trace:1:1: expected the format line 'sriov-trace 1', found end of input", FirstError(""));
    }

    [Fact]
    public void Parse_MissingConfigKey_NamesIt()
    {
        var text = string.Join('\n', Header.Split('\n').Where(l => !l.StartsWith("config: VfStride=", StringComparison.Ordinal)));
        Assert.Equal(
            $"traces/x.trace:{StepLine - 1}:1: expected 'config: VfStride=…' before the steps (every configuration key is required; missing: VfStride), found 'sriov-trace 1'"
                .Replace("found 'sriov-trace 1'", "found the first step", StringComparison.Ordinal),
            FirstError(text + "0001 vm1  GUEST_VF_HALT vm=1 -> SUCCESS\n"));
    }

    [Fact]
    public void Parse_BadConfigValue_PointsAtTheValue()
    {
        var text = Header.Replace("config: PfRid=0x01F8", "config: PfRid=01F8", StringComparison.Ordinal);
        var line = Header.Split('\n').ToList().FindIndex(l => l.StartsWith("config: PfRid", StringComparison.Ordinal)) + 1;
        Assert.Equal($"traces/x.trace:{line}:15: expected a hexadecimal integer like 0x01F8 for PfRid, found '01F8'", FirstError(text));
    }

    [Fact]
    public void Parse_UnknownHeader_Reported()
    {
        Assert.Equal(
            "traces/x.trace:2:1: expected a header line (title:, purpose:, config:, seed:, defects:) or a step line, found 'titel:'",
            FirstError("sriov-trace 1\ntitel: x\n"));
    }

    [Fact]
    public void Parse_UnknownContinuation_Reported()
    {
        Assert.Equal(
            $"traces/x.trace:{StepLine + 1}:11: expected a continuation line (expected:, violated:, diff:), found 'expect:'",
            FirstError(Header + "0001 vm1  GUEST_VF_HALT vm=1 -> SUCCESS\n          expect: SUCCESS\n"));
    }

    [Fact]
    public void Parse_TooManySteps_ReportsBound()
    {
        var builder = new System.Text.StringBuilder(Header);
        for (var i = 1; i <= TraceParser.StepCountMax + 1; i++)
        {
            builder.Append(i).Append(" vm0  GUEST_VF_HALT vm=0 -> SUCCESS\n");
        }

        var result = TraceParser.Parse(builder.ToString(), "big.trace");

        Assert.Equal($"big.trace:{StepLine + TraceParser.StepCountMax}:1: expected at most {TraceParser.StepCountMax} steps, found another step", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Parse_CrLfAndLoneCr_LineNumbersCountEachBreak()
    {
        var text = Header.Replace("\n", "\r\n", StringComparison.Ordinal) + "0001 vm1  GUEST_VF_HALT vm=1 -> SUCCESS\r0002 vm1  NOPE\n";

        Assert.Equal($"traces/x.trace:{StepLine + 1}:11: expected an operation name (OID_NIC_SWITCH_CREATE_SWITCH, OID_NIC_SWITCH_DELETE_SWITCH, OID_NIC_SWITCH_ALLOCATE_VF, …), found 'NOPE'", FirstError(text));
    }

    [Fact]
    public void Parse_MissingFile_ReportedAsError()
    {
        var result = TraceParser.ParseFile(Path.Combine(Path.GetTempPath(), "sriov-no-such-dir", "none.trace"));

        Assert.False(result.IsSuccess);
        Assert.Equal(1, result.Errors[0].Line);
    }
}
