// Guest room: the guest OS of one VM.
namespace SriovVerification.Implementation.Guest;

/// <summary>The guest OS of one VM: NetVSC (which binds only to a VF miniport) and the VF miniport.</summary>
public sealed class GuestOs
{
    private volatile DataPath dataPath = DataPath.Synthetic;

    /// <summary>The VM's current data path, as NetVSC uses it (read by the data path without a lock).</summary>
    public DataPath DataPath { get => dataPath; internal set => dataPath = value; }

    /// <summary>The VF miniport's OID interface.</summary>
    public VfMiniport VfMiniport { get; } = new();
}
