using AdaptiveLearning.Domain.Content;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Content;

/// <summary>Control characters are refused in question text whether it comes from the API or an import file.</summary>
public sealed class ContentRulesTextTests
{
    private static QuestionContent Mcq(string text = "Pick B", string option = "b", string tag = "signs") => new()
    {
        Type = QuestionType.Mcq,
        Text = text,
        Options = [new("A", "a"), new("B", option)],
        CorrectKeys = ["B"],
        Tags = [tag],
    };

    [Test]
    public void LineBreaksAndTabsAreText()
    {
        Assert.That(ContentRules.Check(Mcq("First line\nsecond\tline\r\n")), Is.Empty);
    }

    [Test]
    public void ControlCharactersAreNamedByField()
    {
        var problems = ContentRules.Check(Mcq("Pick\u0000 B", "b\u0007", "sig\u001bns"));

        Assert.That(problems.Select(p => p.Field), Is.EquivalentTo(new[] { "question", "options", "tags" }));
    }
}
