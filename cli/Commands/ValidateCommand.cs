// The validate verb: checks a driver's log of OID requests against the model step by step.
using System.CommandLine;
using System.Globalization;
using System.Text;
using SriovVerification.Harness.Validation;

namespace SriovVerification.Cli.Commands;

/// <summary>
/// The <c>validate</c> verb: checks a driver's log of OID requests (the adapter's own OID log, or CSV) against the model
/// step by step, and reports the first request the model forbids or answers differently, with the model's state there
/// and the rule that decides. Exit 0 every request as the model answers, 1 a request differs, 2 a malformed log.
/// </summary>
public static class ValidateCommand
{
    /// <summary>Creates the verb.</summary>
    public static System.CommandLine.Command Create()
    {
        var file = new Argument<FileInfo>("LOG") { Description = "The log: 'sriov-oid-log 1' lines or CSV 'oid,parameters,status,bytes_needed' (docs/VALIDATE.md)." };
        var host = new Option<int>("--host") { Description = "The host whose PF miniport the log is of (default 0)." };
        var command = new System.CommandLine.Command("validate", "Check a driver's OID log against the model, request by request.") { file, host };
        command.SetAction(parse => Run(parse.GetValue(file)!.FullName, parse.GetValue(host), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Validates <paramref name="path"/>; returns the exit code.</summary>
    public static int Run(string path, int host, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var config = ModelConfig.Default;
        if (host < 0 || host >= config.HostCount)
        {
            error.WriteLine($"error: --host: expected 0 … {config.HostCount - 1}, found {host}");
            return ExitCodes.UsageError;
        }

        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {path}: {exception.Message}");
            return ExitCodes.UsageError;
        }

        var (entries, parseErrors) = DriverLog.Parse(text, path);
        IReadOnlyList<string> errors = parseErrors;
        DriverLogValidation? result = null;
        if (parseErrors.Count == 0)
        {
            result = DriverLogValidation.Run(entries, config, host, out errors);
        }
        if (errors.Count > 0)
        {
            foreach (var problem in errors)
            {
                error.WriteLine(problem.StartsWith(path, StringComparison.Ordinal) ? problem : $"{path}: {problem}");
            }

            return ExitCodes.UsageError;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"validate {path}: {entries.Count} requests, {result!.Checked} checked against the model, {result.Skipped.Count} skipped"));
        foreach (var skipped in result.Skipped.Take(10))
        {
            output.WriteLine("  skipped: " + skipped);
        }

        if (result.Mismatch is { } mismatch)
        {
            output.Write("differs: " + mismatch);
            return ExitCodes.ViolationFound;
        }

        output.WriteLine("every request answered as the model answers it");
        return ExitCodes.Success;
    }
}
