// The options of check's later phases: the window sweep, a held control-path yield, the malformed requests.
using System.Globalization;

namespace SriovVerification.Cli.Commands;

/// <summary>What <c>check</c>'s malformed-request and concurrency phases do beyond their defaults.</summary>
/// <param name="WindowSweep">Whether the concurrency phase runs the window sweep after its seeded interleavings.</param>
/// <param name="DelayedWindow">With <c>--concurrency</c>: the control-path yield every interleaving holds at; null for the seed's strategy.</param>
/// <param name="MalformedRequests">Malformed OID requests of the malformed-request phase; 0 skips it.</param>
public sealed record PhaseOptions(bool WindowSweep = true, int? DelayedWindow = null, int MalformedRequests = MalformedPhase.RequestCountDefault)
{
    /// <summary>The most malformed requests a check sends.</summary>
    public const int MalformedRequestsMax = 10_000_000;

    /// <summary>What is wrong with these options for a run that is (<paramref name="concurrencyOnly"/>) or is not only the concurrency phase, or null.</summary>
    public string? Problem(bool concurrencyOnly) =>
        DelayedWindow is { } window && (window < 0 || !concurrencyOnly)
            ? string.Create(CultureInfo.InvariantCulture, $"--delay-window {window}: expected a yield index of 0 or more, with --concurrency")
            : MalformedRequests is < 0 or > MalformedRequestsMax
                ? string.Create(CultureInfo.InvariantCulture, $"--malformed-requests {MalformedRequests}: expected 0 … {MalformedRequestsMax}")
                : null;
}
