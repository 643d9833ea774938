// The defects verb: lists the defect catalogue.
using System.CommandLine;

namespace SriovVerification.Cli.Commands;

/// <summary>The <c>defects</c> verb: lists the defect catalogue, one defect a line, name first, then what it breaks.</summary>
public static class DefectsCommand
{
    /// <summary>Creates the verb.</summary>
    public static System.CommandLine.Command Create()
    {
        var command = new System.CommandLine.Command("defects", "List the defects the emulated adapter can carry (names for check --defect).");
        command.SetAction(_ => Run(Console.Out));
        return command;
    }

    /// <summary>Writes the catalogue; returns the exit code.</summary>
    public static int Run(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var width = 0;
        var defects = DefectCatalog.All.Concat(DefectCatalog.Races).Concat(DefectCatalog.Hardening).ToList();
        foreach (var defect in defects)
        {
            width = Math.Max(width, defect.Name.Length);
        }

        foreach (var defect in defects)
        {
            writer.WriteLine($"{defect.Name.PadRight(width)}  {defect.Description}");
        }

        return ExitCodes.Success;
    }
}
