using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Learning;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Learning;

public sealed class AnswerGraderTests
{
    private static readonly QuestionContent TwoCorrect = new()
    {
        Type = QuestionType.Mcq, Text = "Pick two",
        Options = [new("a", "A"), new("b", "B"), new("c", "C")], CorrectKeys = ["a", "c"],
    };

    [TestCase(new[] { "a", "c" }, true)]
    [TestCase(new[] { "c", "a" }, true)]
    [TestCase(new[] { "a" }, false)]
    [TestCase(new[] { "a", "b", "c" }, false)]
    [TestCase(new[] { "b" }, false)]
    public void MultipleChoiceIsCorrectOnlyWithExactlyTheCorrectKeys(string[] selected, bool correct) =>
        Assert.That(AnswerGrader.Grade(TwoCorrect, selected, null, null).Correct, Is.EqualTo(correct));

    [Test]
    public void AnOptionThatDoesNotExistIsRejected() =>
        Assert.That(() => AnswerGrader.Grade(TwoCorrect, ["z"], null, null), Throws.TypeOf<InvalidAnswerException>());

    [Test]
    public void RubricNeedsHalfTheKeywordsIgnoringCase()
    {
        var theory = new QuestionContent { Type = QuestionType.Theory, Text = "Why?", ModelAnswer = "M", RubricKeywords = ["inertia", "force", "mass", "friction"] };

        Assert.Multiple(() =>
        {
            Assert.That(AnswerGrader.Grade(theory, null, "FORCE and Mass", null).Correct, Is.True);
            Assert.That(AnswerGrader.Grade(theory, null, "only force", null).Correct, Is.False);
        });
    }

    [Test]
    public void TheoryWithoutRubricIsGradedBySelfRating()
    {
        var theory = new QuestionContent { Type = QuestionType.Theory, Text = "Why?", ModelAnswer = "M" };

        Assert.Multiple(() =>
        {
            Assert.That(AnswerGrader.Grade(theory, null, "x", Rating.Hard).Correct, Is.True);
            Assert.That(AnswerGrader.Grade(theory, null, "x", Rating.Again).Correct, Is.False);
            Assert.That(() => AnswerGrader.Grade(theory, null, "x", null), Throws.TypeOf<InvalidAnswerException>());
        });
    }

    [TestCase(false, 1000, Rating.Again)]
    [TestCase(true, 5000, Rating.Easy)]
    [TestCase(true, 20000, Rating.Good)]
    [TestCase(true, 40000, Rating.Hard)]
    [TestCase(true, 0, Rating.Good)]
    public void RatingFollowsCorrectnessAndTimeAgainstTheEstimate(bool correct, int timeMs, Rating expected) =>
        Assert.That(RatingPolicy.Derive(correct, timeMs, estimatedTimeSeconds: 20), Is.EqualTo(expected));
}
