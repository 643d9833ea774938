// Guest room: how the adapter answered a hostile guest's attempt.
namespace SriovVerification.Implementation.Guest;

/// <summary>How the adapter answered a hostile guest's attempt.</summary>
public enum HostileAttemptOutcome
{
    /// <summary>The request was refused with a status other than SUCCESS.</summary>
    Refused,
    /// <summary>The frame was dropped by the VF or the switch.</summary>
    Dropped,
    /// <summary>The request completed (a masked write to read-only bits completes and changes nothing) or the frame went somewhere.</summary>
    Accepted,
}
