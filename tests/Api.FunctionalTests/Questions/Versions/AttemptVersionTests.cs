using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Features.Questions.RestoreQuestionVersion;
using AdaptiveLearning.Api.Features.Users.ExportMe;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Api.FunctionalTests.Models;
using AdaptiveLearning.Client.Models;

using static AdaptiveLearning.Api.FunctionalTests.Review.ReviewClients;
using UpdateQuestionRequest = AdaptiveLearning.Api.Features.Questions.UpdateQuestion.UpdateQuestionRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Questions.Versions;

/// <summary>Issue #15: learners' cards and history keep pointing at the version they answered, whatever staff do since.</summary>
public sealed class AttemptVersionTests : TestBase
{
    [Test]
    public async Task AnAnswerKeepsTheVersionItWasGivenToAfterAnEditAndARestore()
    {
        var admin = await Api.AdminAsync();
        var id = await QuestionAsync(admin, "Which option is right?", submit: false);
        await admin.PostAsAsync<Question>(For(PublishQuestionEndpoint.Route, id));
        var learner = await Api.LearnerAsync("leo");
        var session = await learner.StartAsync(SessionMode.Practice);

        var onV1 = await learner.AnswerAsync(session, id, selected: ["B"], clientAttemptId: "leo-1");
        await admin.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new { correctKeys = new[] { "C" }, explanation = "C, since version 2." });
        var onV2 = await learner.AnswerAsync(session, id, selected: ["C"], clientAttemptId: "leo-2");
        var restored = await admin.PostAsAsync<Question>(RestoreQuestionVersionRequest.For(id, 1));
        var onV3 = await learner.AnswerAsync(session, id, selected: ["B"], clientAttemptId: "leo-3");
        var v1Retried = await learner.AnswerAsync(session, id, selected: ["B"], clientAttemptId: "leo-1");
        var export = await learner.GetAsAsync<LearningExport>(ExportMeEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That(restored.Version, Is.EqualTo(3));
            Assert.That((onV1.QuestionVersion, onV1.Correct), Is.EqualTo((1, (bool?)true)));
            Assert.That((onV2.QuestionVersion, onV2.Correct), Is.EqualTo((2, (bool?)true)));
            Assert.That((onV3.QuestionVersion, onV3.Correct), Is.EqualTo((3, (bool?)true)));
            Assert.That((v1Retried.Duplicate, v1Retried.AttemptId, v1Retried.QuestionVersion), Is.EqualTo((true, onV1.AttemptId, 1)),
                "a retried answer still reports the version it was given to");
            Assert.That(v1Retried.CorrectKeys, Is.EqualTo(new[] { "B" }), "and that version's answer key");
            Assert.That(new[] { onV2.Card!.Id, onV3.Card!.Id }, Is.All.EqualTo(onV1.Card!.Id), "a new version keeps the learner's card");
            Assert.That(export.Data.Learning.Attempts.Select(a => a.GetProperty("question_version").GetInt32()), Is.EqualTo(new[] { 1, 2, 3 }));
        });
    }
}
