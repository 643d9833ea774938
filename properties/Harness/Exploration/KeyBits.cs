namespace SriovVerification.Harness.Exploration;

/// <summary>Writes fixed-width fields into a key, most significant bit first, so that keys order lexicographically.</summary>
internal ref struct BitWriter
{
    private readonly Span<ulong> words;
    private int positionBits;

    public BitWriter(Span<ulong> words, int positionBits = 0)
    {
        this.words = words;
        this.positionBits = positionBits;
    }

    public readonly int PositionBits => positionBits;

    public void Write(ulong value, int widthBits)
    {
        if (widthBits == 0)
        {
            return;
        }

        var word = positionBits >> 6;
        var used = positionBits & 63;
        var free = 64 - used;
        if (widthBits <= free)
        {
            words[word] |= value << (free - widthBits);
        }
        else
        {
            var high = widthBits - free;
            words[word] |= value >> high;
            words[word + 1] |= value << (64 - high);
        }

        positionBits += widthBits;
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
