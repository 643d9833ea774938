// Properties.Tests/Exploration: tests of InvariantCatalogue
using System.Text.RegularExpressions;
using SriovVerification.Exploration.Vacuity;
using SriovVerification.Model;

namespace SriovVerification.Properties.Tests.Exploration;

public sealed partial class InvariantCatalogueTests
{
    [Fact]
    public void All_Descriptions_NameNoConcreteVfOrVm()
    {
        // Symmetry reduction needs invariants that treat every VM and every VF alike.
        var offending = Invariants.All
            .Select(i => i.ToString() ?? "")
            .Where(text => ConcreteIndex().IsMatch(text))
            .ToArray();

        Assert.Empty(offending);
    }

    [Fact]
    public void Premises_CoverEveryInvariantOfTheModel()
    {
        var ids = Invariants.All.Select(i => IdOf(i.ToString() ?? "")).ToArray();

        Assert.All(ids, id => Assert.NotNull(InvariantPremises.PremiseOf(id)));
    }

    private static string IdOf(string text) => InvariantId().Match(text).Value;

    [GeneratedRegex(@"\b(VF|VM|VFId|VfId|Vm|Vf)\s*#?\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex ConcreteIndex();

    [GeneratedRegex(@"INV-\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex InvariantId();
}
