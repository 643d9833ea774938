// Host room: A VM read back for a harness.

namespace SriovVerification.Implementation.Host;

/// <summary>A VM read back for a harness.</summary>
/// <param name="Vm">Its index.</param>
/// <param name="Name">Its name (the VMName of its VF allocations).</param>
/// <param name="MacAddress">Its network adapter's MAC address.</param>
/// <param name="VlanId">Its network adapter's VLAN id.</param>
/// <param name="Host">The host it runs on (the source while migrating).</param>
/// <param name="Migrating">Paused by a live migration.</param>
/// <param name="MigrationDestination">The destination while migrating; -1 otherwise.</param>
/// <param name="DataPath">NetVSC's current data path.</param>
/// <param name="Connected">Its filter is set on its host's switch.</param>
/// <param name="FilterId">That filter's id, while connected.</param>
/// <param name="VfId">The VF allocated to it on its host, or null.</param>
public sealed record VmSnapshot(
    int Vm, string Name, MacAddress MacAddress, int VlanId, int Host, bool Migrating, int MigrationDestination, DataPath DataPath, bool Connected, int? FilterId, int? VfId);
