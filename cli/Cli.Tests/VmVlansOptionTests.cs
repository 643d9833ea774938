// CLI tests: parsing of explore's --vm-vlans option.

namespace SriovVerification.Cli.Tests;

public sealed class VmVlansOptionTests
{
    [Theory]
    [InlineData(null, new int[0])]
    [InlineData("", new int[0])]
    [InlineData("5", new[] { 5 })]
    [InlineData("5,0,4094", new[] { 5, 0, 4094 })]
    public void Parse_ValidList_TheVlanIdsInOrder(string? text, int[] expected)
    {
        var vlans = VmVlansOption.Parse(text, out var problem);
        Assert.Null(problem);
        Assert.Equal(expected, vlans!.Value.Items.ToArray());
    }

    [Theory]
    [InlineData("5,x", 3, "x")]
    [InlineData("4095", 1, "4095")]
    [InlineData("5,,6", 3, "")]
    [InlineData("7,-1", 3, "-1")]
    public void Parse_BadEntry_NullAndTheProblemNamesItsPosition(string text, int column, string found)
    {
        Assert.Null(VmVlansOption.Parse(text, out var problem));
        Assert.Equal($"--vm-vlans '{text}' at character {column}: expected a VLAN id 0 … 4094, found '{found}'", problem);
    }
}
