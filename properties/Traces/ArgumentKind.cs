// Traces: how one kind of argument value is printed and parsed

namespace SriovVerification.Traces;

/// <summary>How one kind of argument value is printed and parsed.</summary>
internal abstract class ArgumentKind
{
    public static readonly ArgumentKind Decimal = new DecimalKind();
    public static readonly ArgumentKind Offset = new HexIntKind(4);
    public static readonly ArgumentKind Value32 = new HexUnsignedKind(8, uint.MaxValue, v => (uint)v, o => (uint)o);
    public static readonly ArgumentKind Mask64 = new HexUnsignedKind(16, ulong.MaxValue, v => v, o => (ulong)o);
    public static readonly ArgumentKind Byte = new HexUnsignedKind(2, byte.MaxValue, v => (byte)v, o => (byte)o);
    public static readonly ArgumentKind Function = new WordOrDecimalKind("pf", Command.CreateVPort.PfFunctionId, "'pf' or a VFId");
    public static readonly ArgumentKind FilterMac = new WordOrDecimalKind("none", Command.SetFilter.NoMac, "'none' or a MAC index");
    public static readonly ArgumentKind Path = new WordsKind<DataPath>([(DataPath.Synthetic, "synthetic"), (DataPath.Vf, "vf")]);
    public static readonly ArgumentKind FramedOid = new WordsKind<FramedOidKind>(
    [
        (FramedOidKind.CreateSwitch, "OID_NIC_SWITCH_CREATE_SWITCH"), (FramedOidKind.DeleteSwitch, "OID_NIC_SWITCH_DELETE_SWITCH"),
        (FramedOidKind.AllocateVf, "OID_NIC_SWITCH_ALLOCATE_VF"), (FramedOidKind.FreeVf, "OID_NIC_SWITCH_FREE_VF"),
        (FramedOidKind.CreateVPort, "OID_NIC_SWITCH_CREATE_VPORT"), (FramedOidKind.SetVPortState, "OID_NIC_SWITCH_VPORT_PARAMETERS"),
        (FramedOidKind.DeleteVPort, "OID_NIC_SWITCH_DELETE_VPORT"), (FramedOidKind.SetFilter, "OID_RECEIVE_FILTER_SET_FILTER"),
        (FramedOidKind.ClearFilter, "OID_RECEIVE_FILTER_CLEAR_FILTER"), (FramedOidKind.MoveFilter, "OID_RECEIVE_FILTER_MOVE_FILTER"),
        (FramedOidKind.ReadVfConfigSpace, "OID_SRIOV_READ_VF_CONFIG_SPACE"), (FramedOidKind.WriteVfConfigSpace, "OID_SRIOV_WRITE_VF_CONFIG_SPACE"),
        (FramedOidKind.ReadVfConfigBlock, "OID_SRIOV_READ_VF_CONFIG_BLOCK"), (FramedOidKind.WriteVfConfigBlock, "OID_SRIOV_WRITE_VF_CONFIG_BLOCK"),
        (FramedOidKind.ResetVf, "OID_SRIOV_RESET_VF"), (FramedOidKind.SetVfPowerState, "OID_SRIOV_SET_VF_POWER_STATE"),
    ]);

    /// <summary>What a value of this kind looks like, for error messages.</summary>
    public abstract string Expected { get; }

    public abstract string Format(object value);

    public abstract bool TryParse(string text, out object value);

    public static ArgumentKind Flag(string whenTrue, string whenFalse) => new WordsKind<bool>([(true, whenTrue), (false, whenFalse)]);

    private sealed class DecimalKind : ArgumentKind
    {
        public override string Expected => "a decimal integer";

        public override string Format(object value) => TextSyntax.Decimal((int)value);

        public override bool TryParse(string text, out object value)
        {
            var ok = TextSyntax.TryParseDecimal(text, int.MinValue, int.MaxValue, out var parsed);
            value = (int)parsed;
            return ok;
        }
    }

    private sealed class HexIntKind(int digits) : ArgumentKind
    {
        public override string Expected => "a hexadecimal integer like " + TextSyntax.Hex(4, digits);

        public override string Format(object value) => TextSyntax.Hex((int)value, digits);

        public override bool TryParse(string text, out object value)
        {
            var ok = TextSyntax.TryParseSignedHex(text, int.MinValue, int.MaxValue, out var parsed);
            value = (int)parsed;
            return ok;
        }
    }

    private sealed class HexUnsignedKind(int digits, ulong max, Func<ulong, object> box, Func<object, ulong> unbox) : ArgumentKind
    {
        public override string Expected => $"a hexadecimal number 0x0 … {TextSyntax.Hex(max, digits)}";

        public override string Format(object value) => TextSyntax.Hex(unbox(value), digits);

        public override bool TryParse(string text, out object value)
        {
            var ok = TextSyntax.TryParseUnsignedHex(text, max, out var parsed);
            value = box(parsed);
            return ok;
        }
    }

    /// <summary>A decimal number, one value of which is spelled as a word (the PF's function id as <c>pf</c>, a SET_FILTER without a MAC test as <c>none</c>).</summary>
    private sealed class WordOrDecimalKind(string word, int wordValue, string expected) : ArgumentKind
    {
        public override string Expected => expected;

        public override string Format(object value) => (int)value == wordValue ? word : TextSyntax.Decimal((int)value);

        public override bool TryParse(string text, out object value)
        {
            if (text == word)
            {
                value = wordValue;
                return true;
            }

            var ok = TextSyntax.TryParseDecimal(text, int.MinValue, int.MaxValue, out var parsed) && parsed != wordValue;
            value = (int)parsed;
            return ok;
        }
    }

    private sealed class WordsKind<T>((T Value, string Word)[] words) : ArgumentKind
        where T : notnull
    {
        public override string Expected => "one of " + string.Join(", ", words.Select(w => w.Word));

        public override string Format(object value)
        {
            foreach (var (v, w) in words)
            {
                if (v.Equals(value))
                {
                    return w;
                }
            }

            throw new ArgumentOutOfRangeException(nameof(value), value, "no word for this value");
        }

        public override bool TryParse(string text, out object value)
        {
            foreach (var (v, w) in words)
            {
                if (string.Equals(w, text, StringComparison.Ordinal))
                {
                    value = v;
                    return true;
                }
            }

            value = words[0].Value;
            return false;
        }
    }
}
