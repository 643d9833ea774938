// Harness/Validation: reads a driver log's request as the model command it is
using System.Globalization;
using SriovVerification.Model;

namespace SriovVerification.Harness.Validation;

/// <summary>
/// Reads a driver log's request as the model command it is: the inverse of the harness's driver, from the log's own
/// vocabulary (OID names and the parameters the adapter's OID log records). A request with no model counterpart is
/// skipped with the reason; a parameter that cannot be read is a positioned error.
/// </summary>
internal static class DriverLogCommands
{
    public static (Command? Command, string? Skipped, string? Error) Read(DriverLogEntry entry, int host, ModelConfig config)
    {
        if (entry.Parameters.ContainsKey("management"))
        {
            return (null, "refused by the host's management path before the miniport", null);
        }

        var p = new Reader(entry, config);
        Command? command = entry.Oid switch
        {
            "OID_NIC_SWITCH_CREATE_SWITCH" => new Command.CreateSwitch(host, p.Int("NumVFs"), p.Int("SwitchId", 0)),
            "OID_NIC_SWITCH_DELETE_SWITCH" => new Command.DeleteSwitch(host, p.Int("SwitchId", 0)),
            "OID_NIC_SWITCH_ALLOCATE_VF" => new Command.AllocateVf(host, p.Vm("VMName")),
            "OID_NIC_SWITCH_FREE_VF" => new Command.FreeVf(host, p.Int("VFId")),
            "OID_NIC_SWITCH_CREATE_VPORT" => new Command.CreateVPort(host, p.Function("AttachedFunctionId"), p.Int("NumQueuePairs")),
            "OID_NIC_SWITCH_VPORT_PARAMETERS" => new Command.SetVPortState(host, p.Int("VPortId"), p.Text("VPortState") == "Activated"),
            "OID_NIC_SWITCH_DELETE_VPORT" => new Command.DeleteVPort(host, p.Int("VPortId")),
            "OID_RECEIVE_FILTER_SET_FILTER" => new Command.SetFilter(host, p.Int("VPortId"), p.Mac("Mac"), p.Int("Vlan", 0)),
            "OID_RECEIVE_FILTER_CLEAR_FILTER" => new Command.ClearFilter(host, p.Int("FilterId")),
            "OID_RECEIVE_FILTER_MOVE_FILTER" => new Command.MoveFilter(host, p.Int("FilterId"), p.Int("SourceVPortId"), p.Int("DestVPortId")),
            "OID_SRIOV_READ_VF_CONFIG_SPACE" => new Command.ReadVfConfigSpace(host, p.Int("VFId"), p.Int("Offset"), p.Int("Length"), 0, p.Int("Length")),
            "OID_SRIOV_WRITE_VF_CONFIG_SPACE" => new Command.WriteVfConfigSpace(host, p.Int("VFId"), p.Int("Offset"), p.Int("Length"), 0, p.Int("Length"), (uint)p.Long("Value", 0)),
            "OID_SRIOV_READ_VF_CONFIG_BLOCK" => new Command.ReadVfConfigBlock(host, p.Int("VFId"), p.Int("BlockId"), p.Int("Length")),
            "OID_SRIOV_WRITE_VF_CONFIG_BLOCK" => new Command.WriteVfConfigBlock(host, p.Int("VFId"), p.Int("BlockId"), p.Int("Length"), (byte)p.Long("Fill", 0)),
            "OID_SRIOV_RESET_VF" => new Command.ResetVf(host, p.Int("VFId")),
            "OID_SRIOV_SET_VF_POWER_STATE" => new Command.SetVfPowerState(host, p.Int("VFId"), p.Text("PowerState") == "D3"),
            "NdisMInvalidateConfigBlock" => new Command.InvalidateConfigBlock(host, p.Int("VFId"), (ulong)p.Long("BlockMask")),
            "OID_NIC_SWITCH_ENUM_SWITCHES" => new Command.Enumerate(host, EnumerationKind.Switches),
            "OID_NIC_SWITCH_ENUM_VFS" => new Command.Enumerate(host, EnumerationKind.Vfs),
            "OID_NIC_SWITCH_ENUM_VPORTS" => new Command.Enumerate(host, EnumerationKind.VPorts),
            "OID_RECEIVE_FILTER_ENUM_FILTERS" => new Command.Enumerate(host, EnumerationKind.Filters),
            _ => null,
        };
        if (p.Error is { } error)
        {
            return (null, null, error);
        }

        return command is null
            ? entry.Oid is "OID_RECEIVE_FILTER_PARAMETERS" or "OID_SRIOV_CURRENT_CAPABILITIES"
                ? (null, "a read-back query the model does not hold", null)
                : (null, null, $"line {entry.Line}: expected an OID the model knows (docs/NDIS.md), found '{entry.Oid}'")
            : (command, null, null);
    }

    /// <summary>Reads the entry's parameters; the first problem is kept in <see cref="Error"/>.</summary>
    private sealed class Reader(DriverLogEntry entry, ModelConfig config)
    {
        public string? Error { get; private set; }

        public string Text(string key) => entry.Parameters.TryGetValue(key, out var v) ? v : Fail(key, "present", "nothing") ?? "";

        public int Int(string key, int? fallback = null) => (int)Long(key, fallback);

        public long Long(string key, long? fallback = null)
        {
            if (!entry.Parameters.TryGetValue(key, out var text))
            {
                return fallback ?? Missing(key);
            }

            var ok = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                ? long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
                : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
            return ok ? value : Bad(key, "an integer (decimal or 0x hex)", text);
        }

        public int Vm(string key)
        {
            var name = Text(key);
            return name.StartsWith("VM-", StringComparison.Ordinal) && int.TryParse(name.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var vm) && vm < config.VmCount
                ? vm
                : Bad(key, $"a VM name VM-0 … VM-{config.VmCount - 1}", name);
        }

        public int Function(string key) => Text(key) == "PF" ? Command.CreateVPort.PfFunctionId : Int(key);

        public int Mac(string key)
        {
            var text = Text(key);
            var digits = text.Replace("-", "", StringComparison.Ordinal);
            if (digits.Length == 12 && ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var mac))
            {
                for (var i = 0; i <= config.VmCount; i++)
                {
                    if (config.MacAddress(i) == mac)
                    {
                        return i;
                    }
                }
            }

            return Bad(key, "a MAC address of the configuration (a VM's, or the foreign 02-00-00-00-00-EE)", text);
        }

        private int Missing(string key) => Bad(key, "present", "nothing");

        private int Bad(string key, string expected, string found)
        {
            Fail(key, expected, found);
            return 0;
        }

        private string? Fail(string key, string expected, string found)
        {
            Error ??= $"line {entry.Line}: {entry.Oid} parameter {key}: expected {expected}, found '{found}'";
            return null;
        }
    }
}
