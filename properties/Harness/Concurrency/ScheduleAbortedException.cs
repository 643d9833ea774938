// Harness/Concurrency: thrown in a parked actor when its run is aborted (bound reached or another actor failed)
namespace SriovVerification.Harness.Concurrency;

/// <summary>Thrown in a parked actor when its run is aborted (bound reached or another actor failed).</summary>
public sealed class ScheduleAbortedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScheduleAbortedException()
        : base("the scheduled run was aborted")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ScheduleAbortedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public ScheduleAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
