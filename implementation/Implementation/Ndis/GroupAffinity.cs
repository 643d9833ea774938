// NDIS room: GROUP_AFFINITY.
namespace SriovVerification.Implementation.Ndis;

/// <summary><c>GROUP_AFFINITY</c>: a processor group and a mask of processors in it.</summary>
/// <param name="Mask">The processors (a KAFFINITY).</param>
/// <param name="Group">The processor group.</param>
public readonly record struct GroupAffinity(ulong Mask, ushort Group);
