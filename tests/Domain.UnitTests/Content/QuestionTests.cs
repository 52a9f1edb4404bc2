using System.Text.Json;
using AdaptiveLearning.Domain.Content;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Content;

public sealed class QuestionTests
{
    private static QuestionContent Mcq(string text = "Pick B", params string[] correct) => new()
    {
        Type = QuestionType.Mcq,
        Text = text,
        Options = [new("A", "a"), new("B", "b"), new("C", "c"), new("D", "d")],
        CorrectKeys = correct.Length == 0 ? ["B"] : correct,
        Difficulty = 3,
    };

    [Test]
    public void RevisingWithIdenticalContentKeepsTheVersion()
    {
        var question = Question.Create("q1", 1, Mcq());

        var changed = question.Revise(Mcq());

        Assert.That(changed, Is.False);
        Assert.That(question.Version, Is.EqualTo(1));
    }

    [Test]
    public void RevisingWithNewContentBumpsTheVersion()
    {
        var question = Question.Create("q1", 1, Mcq());

        Assert.That(question.Revise(Mcq("Pick B now")), Is.True);
        Assert.That(question.Version, Is.EqualTo(2));
    }

    [Test]
    public void HashIgnoresNothingThatMattersAndSurvivesARoundTrip()
    {
        var content = Mcq() with { Metadata = JsonDocument.Parse("""{"source":"book","page":3}""").RootElement };

        Assert.That(QuestionContent.FromJson(content.ToJson()).Hash(), Is.EqualTo(content.Hash()));
        Assert.That((content with { Difficulty = 4 }).Hash(), Is.Not.EqualTo(content.Hash()));
    }

    [Test]
    public void WorkflowRefusesPublishingTwice()
    {
        var question = Question.Create("q1", 1, Mcq());
        question.Publish();

        Assert.Throws<InvalidWorkflowTransitionException>(question.Publish);
        Assert.That(question.Status, Is.EqualTo(QuestionStatus.Published));
    }

    [Test]
    public void DefaultIrtParametersFollowTheAuthoredDifficulty()
    {
        var easy = IrtParameters.FromDifficulty(1, QuestionType.Mcq, 4);
        var hard = IrtParameters.FromDifficulty(5, QuestionType.Mcq, 4);

        Assert.Multiple(() =>
        {
            Assert.That(easy.B, Is.LessThan(hard.B));
            Assert.That(easy.C, Is.EqualTo(0.25));
            Assert.That(IrtParameters.FromDifficulty(3, QuestionType.Theory, 0).C, Is.Zero);
        });
    }

    [Test]
    public void ContentRulesReportEveryProblemWithItsField()
    {
        var broken = Mcq(text: "", correct: "Z") with { Difficulty = 9, Options = [new("A", "a")] };

        var fields = ContentRules.Check(broken).Select(p => p.Field).ToList();

        Assert.That(fields, Is.SupersetOf(new[] { "question", "difficulty", "options", "correct_answer" }));
    }

    [Test]
    public void TheoryNeedsAModelAnswer()
    {
        var theory = new QuestionContent { Type = QuestionType.Theory, Text = "Explain." };

        Assert.That(ContentRules.Check(theory).Select(p => p.Field), Does.Contain("model_answer"));
        Assert.That(ContentRules.Check(theory with { ModelAnswer = "Because." }), Is.Empty);
    }

    [TestCase(QuestionStatus.Draft, QuestionStatus.Published)]
    [TestCase(QuestionStatus.InReview, QuestionStatus.Published)]
    [TestCase(QuestionStatus.Published, QuestionStatus.Published)]
    [TestCase(QuestionStatus.Archived, QuestionStatus.Archived)]
    public void PublishingWithTheBankTakesDraftsLiveAndLeavesArchivedQuestionsArchived(QuestionStatus before, QuestionStatus after)
    {
        var question = Question.Restore(1, "q1", 1, before, 1, Mcq(), new IrtParameters(1, 0, 0.25), false);

        var wentLive = question.PublishWithBank();

        Assert.That(question.Status, Is.EqualTo(after));
        Assert.That(wentLive, Is.EqualTo(before != after));
    }

    [Test]
    public void AnExplicitPublishStillBringsAnArchivedQuestionBack()
    {
        var question = Question.Restore(1, "q1", 1, QuestionStatus.Archived, 1, Mcq(), new IrtParameters(1, 0, 0.25), false);

        question.Publish();

        Assert.That(question.Status, Is.EqualTo(QuestionStatus.Published));
    }

    [Test]
    public void DerivedFlagsStayOutOfTheStoredContentSoTheHashOfExistingQuestionsDoesNotMove()
    {
        var content = new QuestionContent
        {
            Type = QuestionType.Mcq, Text = "Which?",
            Options = [new QuestionOption("a", "A"), new QuestionOption("b", "B")], CorrectKeys = ["a", "b"],
        };

        Assert.Multiple(() =>
        {
            Assert.That(content.HasMultipleCorrect, Is.True);
            Assert.That(content.ToJson(), Does.Not.Contain("multipleCorrect").IgnoreCase);
        });
    }

    [Test]
    public void OnlyAnotherPersonApprovesAQuestionInReview()
    {
        var editor = Guid.NewGuid();
        var question = Question.Restore(1, "q1", 1, QuestionStatus.InReview, 2, Mcq(), new IrtParameters(1, 0, 0), false, editor);

        Assert.Throws<SelfApprovalException>(() => question.Approve(editor));
        Assert.That(question.Status, Is.EqualTo(QuestionStatus.InReview));
        question.Approve(Guid.NewGuid());
        Assert.That(question.Status, Is.EqualTo(QuestionStatus.Published));
        Assert.Throws<InvalidWorkflowTransitionException>(() => question.Approve(Guid.NewGuid()), "only from in review");
    }

    [Test]
    public void WhenReviewIsRequiredOnlyArchivedQuestionsPublishWithoutIt()
    {
        var draft = Question.Create("q1", 1, Mcq());
        Assert.Throws<ReviewRequiredException>(() => draft.Publish(requireReview: true));
        draft.Submit();
        Assert.Throws<ReviewRequiredException>(() => draft.Publish(requireReview: true));
        draft.Archive();
        draft.Publish(requireReview: true);
        Assert.That(draft.Status, Is.EqualTo(QuestionStatus.Published));
    }

    [Test]
    public void ARevisionPastDraftReturnsToDraftOnlyWhenReviewIsRequired()
    {
        var question = Question.Create("q1", 1, Mcq());
        question.Publish();

        Assert.That(question.ReturnToDraftAfterRevision(requireReview: false), Is.False);
        Assert.That(question.Status, Is.EqualTo(QuestionStatus.Published));
        Assert.That(question.ReturnToDraftAfterRevision(requireReview: true), Is.True);
        Assert.That(question.Status, Is.EqualTo(QuestionStatus.Draft));
        Assert.That(question.ReturnToDraftAfterRevision(requireReview: true), Is.False, "a draft stays a draft");
    }
}
