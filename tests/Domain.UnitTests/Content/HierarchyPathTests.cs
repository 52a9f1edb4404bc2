using AdaptiveLearning.Domain.Content;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Content;

public sealed class HierarchyPathTests
{
    [TestCase("driving", 1)]
    [TestCase("driving__signs__warning__shapes", 4)]
    [TestCase("a-b__c_d", 2)]
    public void ValidPathsParseToTheirLevel(string value, int level)
    {
        Assert.That(HierarchyPath.TryParse(value, out var path), Is.True);
        Assert.That(path.Level, Is.EqualTo(level));
        Assert.That(path.ToString(), Is.EqualTo(value));
    }

    [TestCase("")]
    [TestCase("Driving")]
    [TestCase("a__b__c__d__e")]
    [TestCase("a___b")]
    [TestCase("a__")]
    [TestCase("with space")]
    public void InvalidPathsAreRefused(string value) =>
        Assert.That(HierarchyPath.TryParse(value, out _), Is.False);

    [TestCase("driving")]
    [TestCase("driving__signs__warning__shapes")]
    [TestCase("a-b__c_d__e_f")]
    public void AncestorPathsOfAStoredPathAreTheParsedAncestors(string value) =>
        Assert.That(HierarchyPath.SelfAndAncestorPaths(value),
            Is.EqualTo(HierarchyPath.Parse(value).SelfAndAncestors().Select(p => p.ToString())));

    [Test]
    public void AncestorsRunFromTheTopicDown()
    {
        var path = HierarchyPath.Parse("t__s__l__f");

        Assert.That(path.SelfAndAncestors().Select(p => p.ToString()), Is.EqualTo(new[] { "t", "t__s", "t__s__l", "t__s__l__f" }));
        Assert.That(path.Parent, Is.EqualTo(HierarchyPath.Parse("t__s__l")));
    }

    [TestCase("driving", "driving", true)]
    [TestCase("driving", "driving__signs", true)]
    [TestCase("driving__signs", "driving__signs__warning__shapes", true)]
    [TestCase("driving", "drivingx__signs", false)]
    [TestCase("driving__signs", "driving", false)]
    [TestCase("a_b", "axb__c", false)]
    public void APathCoversItselfAndWhatLiesBelowIt(string scope, string path, bool covered)
    {
        Assert.That(HierarchyPath.Covers(scope, path), Is.EqualTo(covered));
        Assert.That(HierarchyPath.Parse(scope).Covers(HierarchyPath.Parse(path)), Is.EqualTo(covered));
    }
}
