// Harness/Validation: one request of a driver's log
namespace SriovVerification.Harness.Validation;

/// <summary>One request of a driver's log: the OID, its parameters, its status and BytesNeeded, and where it was read.</summary>
/// <param name="Line">The line number in the log.</param>
/// <param name="Oid">The OID name (or <c>NdisMInvalidateConfigBlock</c>).</param>
/// <param name="Parameters">The parameters, <c>key=value</c>.</param>
/// <param name="Status">The status name without <c>NDIS_STATUS_</c>.</param>
/// <param name="BytesNeeded">BytesNeeded, when the log gives it.</param>
public sealed record DriverLogEntry(int Line, string Oid, IReadOnlyDictionary<string, string> Parameters, Model.NdisStatus Status, int? BytesNeeded);
