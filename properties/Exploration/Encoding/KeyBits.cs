// Exploration/Encoding: writes fixed-width fields into a key, most significant bit first, so that keys order lexicographically
namespace SriovVerification.Exploration.Encoding;

/// <summary>Writes fixed-width fields into a key, most significant bit first, so that keys order lexicographically.
/// The key must be zero where it writes; the current word is accumulated in a register and stored when full or
/// on <see cref="Flush"/>.</summary>
internal ref struct BitWriter
{
    private readonly Span<ulong> words;
    private int word;
    private int freeBits;
    private ulong current;

    public BitWriter(Span<ulong> words, int positionBits = 0)
    {
        this.words = words;
        word = positionBits >> 6;
        freeBits = 64 - (positionBits & 63);
        current = freeBits == 64 ? 0 : words[word];
    }

    public readonly int PositionBits => (word * 64) + (64 - freeBits);

    public void Write(ulong value, int widthBits)
    {
        if (widthBits == 0)
        {
            return;
        }

        if (widthBits < freeBits)
        {
            current |= value << (freeBits - widthBits);
            freeBits -= widthBits;
            return;
        }

        var high = widthBits - freeBits;
        current |= high == 64 ? 0 : value >> high;
        words[word] = current;
        word++;
        freeBits = 64 - high;
        current = high == 0 ? 0 : value << freeBits;
    }

    public void Write(UInt128 value, int widthBits)
    {
        if (widthBits > 64)
        {
            Write((ulong)(value >> 64), widthBits - 64);
            Write((ulong)value, 64);
        }
        else
        {
            Write((ulong)value, widthBits);
        }
    }

    /// <summary>Stores the partly written word.</summary>
    public readonly void Flush()
    {
        if (freeBits < 64)
        {
            words[word] = current;
        }
    }
}

/// <summary>Reads the fields a <see cref="BitWriter"/> wrote, in the same order.</summary>
internal ref struct BitReader
{
    private readonly ReadOnlySpan<ulong> words;
    private int positionBits;

    public BitReader(ReadOnlySpan<ulong> words)
    {
        this.words = words;
        positionBits = 0;
    }

    public ulong Read(int widthBits)
    {
        if (widthBits == 0)
        {
            return 0;
        }

        var word = positionBits >> 6;
        var used = positionBits & 63;
        var free = 64 - used;
        ulong value;
        if (widthBits <= free)
        {
            value = words[word] >> (free - widthBits);
        }
        else
        {
            var high = widthBits - free;
            value = (words[word] << high) | (words[word + 1] >> (64 - high));
        }

        positionBits += widthBits;
        return widthBits == 64 ? value : value & ((1UL << widthBits) - 1);
    }

    public int ReadInt(int widthBits) => (int)Read(widthBits);

    public bool ReadBool() => Read(1) != 0;
}
