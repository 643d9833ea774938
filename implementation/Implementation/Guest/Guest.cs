namespace SriovVerification.Implementation;

/// <summary>The guest OS of one VM: NetVSC (which binds only to a VF miniport) and the VF miniport.</summary>
public sealed class Guest
{
    /// <summary>The VM's current data path, as NetVSC uses it.</summary>
    public DataPath DataPath { get; internal set; } = DataPath.Synthetic;

    /// <summary>The VF miniport's OID interface.</summary>
    public VfMiniport VfMiniport { get; } = new();
}
