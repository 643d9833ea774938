// The VPORT_PARAMETERS command with its flagged fields.
namespace SriovVerification.Model;

/// <content>OID_NIC_SWITCH_VPORT_PARAMETERS beyond the VPort state: the flagged fields.</content>
public abstract partial record Command
{
    /// <summary>
    /// <c>OID_NIC_SWITCH_VPORT_PARAMETERS</c> (set) with the change flags <paramref name="Changed"/>
    /// (<c>NDIS_NIC_SWITCH_VPORT_PARAMS_*_CHANGED</c>): only the flagged fields change, the others are ignored whatever
    /// the buffer holds. NAME_CHANGED: <paramref name="NameIndex"/> (0: the empty name; k: <c>vport-name-k</c>);
    /// INT_MOD_CHANGED: <paramref name="InterruptModeration"/> (an <c>NdisNicSwitchVPortInterruptModeration*</c> value);
    /// PROCESSOR_AFFINITY_CHANGED: <paramref name="AffinityMask"/> (group 0); FLAGS_CHANGED: <paramref name="LookaheadSplit"/>
    /// (<c>NDIS_NIC_SWITCH_VPORT_PARAMS_LOOKAHEAD_SPLIT_ENABLED</c>) and <paramref name="LookaheadSize"/>; STATE_CHANGED:
    /// the state set to Activated, as <see cref="SetVPortState"/>.
    /// </summary>
    /// <param name="Host">The host whose PF receives the request.</param>
    /// <param name="VPortId">The VPort.</param>
    /// <param name="Changed">The change flags (the high 16 bits of <c>Flags</c>).</param>
    /// <param name="NameIndex">The VPort's name, by index.</param>
    /// <param name="InterruptModeration">The interrupt moderation.</param>
    /// <param name="AffinityMask">The processor affinity mask of group 0.</param>
    /// <param name="LookaheadSplit">Whether lookahead split is enabled.</param>
    /// <param name="LookaheadSize">The lookahead split size.</param>
    public sealed record SetVPortParameters(
        int Host, int VPortId, int Changed, int NameIndex, int InterruptModeration, int AffinityMask, bool LookaheadSplit, int LookaheadSize) : Command
    {
        /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_FLAGS_CHANGED</c>: the lookahead split flag and size.</summary>
        public const int FlagsChanged = 0x0001_0000;

        /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_NAME_CHANGED</c>.</summary>
        public const int NameChanged = 0x0002_0000;

        /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_INT_MOD_CHANGED</c>.</summary>
        public const int InterruptModerationChanged = 0x0004_0000;

        /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_STATE_CHANGED</c>.</summary>
        public const int StateChanged = 0x0008_0000;

        /// <summary><c>NDIS_NIC_SWITCH_VPORT_PARAMS_PROCESSOR_AFFINITY_CHANGED</c>.</summary>
        public const int ProcessorAffinityChanged = 0x0010_0000;

        /// <summary>Every change flag the header defines.</summary>
        public const int KnownChanges = FlagsChanged | NameChanged | InterruptModerationChanged | StateChanged | ProcessorAffinityChanged;

        /// <summary><c>NdisNicSwitchVPortInterruptModerationAdaptive</c>: a new VPort's moderation.</summary>
        public const int ModerationAdaptive = 1;

        /// <summary><c>NdisNicSwitchVPortInterruptModerationOff</c>.</summary>
        public const int ModerationOff = 2;

        /// <summary>The <c>NdisNicSwitchVPortInterruptModeration*</c> values (Undefined, Adaptive, Off, Low, Medium, High).</summary>
        public static IReadOnlyList<int> Moderations { get; } = [0, 1, 2, 100, 200, 300];

        /// <summary>The name of index <paramref name="nameIndex"/>: empty for 0, <c>vport-name-k</c> otherwise.</summary>
        public static string NameOf(int nameIndex) => nameIndex == 0 ? "" : "vport-name-" + nameIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
