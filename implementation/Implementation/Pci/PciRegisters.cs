// PCI room: offsets and bits of the configuration-space registers the adapter implements.
namespace SriovVerification.Implementation.Pci;

/// <summary>Offsets and bits of the configuration-space registers the adapter implements.</summary>
internal static class PciRegisters
{
    public const int VendorId = 0x00;
    public const int DeviceId = 0x02;
    public const int Command = 0x04;
    public const int Status = 0x06;
    public const int RevisionId = 0x08;
    public const int ClassCode = 0x09;
    public const int CacheLineSize = 0x0C;
    public const int HeaderType = 0x0E;
    public const int SubsystemVendorId = 0x2C;
    public const int CapabilitiesPointer = 0x34;
    public const int InterruptLine = 0x3C;

    public const int CommandBusMaster = 0x0004;
    public const int StatusCapabilitiesList = 0x0010;

    public const int PcieCapability = 0x40;
    public const int PcieDeviceCapabilities = PcieCapability + 0x04;
    public const int PcieDeviceControl = PcieCapability + 0x08;
    public const uint DeviceCapabilitiesFlr = 0x1000_0000;
    public const int DeviceControlInitiateFlr = 0x8000;

    public const int MsiCapability = 0x60;
    public const int MsiMessageControl = MsiCapability + 0x02;
    public const int MsiMessageAddress = MsiCapability + 0x04;
    public const int MsiMessageUpperAddress = MsiCapability + 0x08;
    public const int MsiMessageData = MsiCapability + 0x0C;
    public const int MsiEnable = 0x0001;
    public const int Msi64BitCapable = 0x0080;

    public const int MsixCapability = 0x70;
    public const int MsixMessageControl = MsixCapability + 0x02;
    public const int MsixTable = MsixCapability + 0x04;
    public const int MsixPba = MsixCapability + 0x08;
    public const int MsixEnable = 0x8000;
    public const int MsixTableSizeField = 0x0003;

    public const int SriovCapability = 0x160;
    public const int SriovControl = SriovCapability + 0x08;
    public const int SriovInitialVfs = SriovCapability + 0x0C;
    public const int SriovTotalVfs = SriovCapability + 0x0E;
    public const int SriovNumVfs = SriovCapability + 0x10;
    public const int SriovFirstVfOffset = SriovCapability + 0x14;
    public const int SriovVfStride = SriovCapability + 0x16;
    public const int SriovVfDeviceId = SriovCapability + 0x1A;
    public const int SriovSupportedPageSizes = SriovCapability + 0x1C;
    public const int SriovSystemPageSize = SriovCapability + 0x20;
    public const int SriovVfBar0 = SriovCapability + 0x24;
    public const int SriovControlVfEnable = 0x0001;
    public const int SriovControlVfMemorySpaceEnable = 0x0008;
}
