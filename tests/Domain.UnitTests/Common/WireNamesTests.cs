using System.Text.Json;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.Users;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Common;

public sealed class WireNamesTests
{
    [TestCase(QuestionStatus.InReview, "in_review")]
    [TestCase(QuestionStatus.Published, "published")]
    [TestCase(QuestionType.Mcq, "mcq")]
    [TestCase(SessionMode.MockTest, "mock_test")]
    [TestCase(CardState.Relearning, "relearning")]
    [TestCase(Role.Admin, "admin")]
    public void EveryEnumIsNamedInSnakeCase(Enum value, string wire)
    {
        var name = typeof(WireNames).GetMethod(nameof(WireNames.Of))!.MakeGenericMethod(value.GetType()).Invoke(null, [value]);

        Assert.That(name, Is.EqualTo(wire));
    }

    [Test]
    public void JsonWritesAndReadsTheSameNamesAsTheRule()
    {
        var options = new JsonSerializerOptions { Converters = { WireNames.JsonConverter() } };

        Assert.Multiple(() =>
        {
            foreach (var status in Enum.GetValues<QuestionStatus>())
            {
                Assert.That(JsonSerializer.Serialize(status, options), Is.EqualTo($"\"{WireNames.Of(status)}\""));
                Assert.That(JsonSerializer.Deserialize<QuestionStatus>($"\"{WireNames.Of(status)}\"", options), Is.EqualTo(status));
            }
            foreach (var mode in Enum.GetValues<SessionMode>())
                Assert.That(WireNames.Parse<SessionMode>(WireNames.Of(mode)), Is.EqualTo(mode));
        });
    }

    [TestCase("InReview")]
    [TestCase("IN_REVIEW")]
    [TestCase("1")]
    [TestCase("")]
    [TestCase(null)]
    public void OnlyTheExactWireNameParses(string? name) =>
        Assert.That(WireNames.TryParse(name, out QuestionStatus _), Is.False);

    [Test]
    public void AllListsTheNamesInDeclarationOrder() =>
        Assert.That(WireNames.All<QuestionStatus>(), Is.EqualTo(new[] { "draft", "in_review", "published", "archived" }));

    [Test]
    public void TheNamesOfAnEnumKnownOnlyAsATypeAreTheSameAsTheGenericOnes() =>
        Assert.That(WireNames.All(typeof(HierarchyLevel)), Is.EqualTo(WireNames.All<HierarchyLevel>()));
}
