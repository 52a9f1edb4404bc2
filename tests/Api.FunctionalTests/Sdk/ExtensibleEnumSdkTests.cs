using System.Text.Json;
using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>A server newer than the SDK may send enum values the SDK has never heard of: the call must still succeed.</summary>
public sealed class ExtensibleEnumSdkTests : SdkTestBase
{
    [Test]
    public async Task AStudyReasonAddedByANewerServerReadsAsUnknownInsteadOfFailingTheCall()
    {
        var client = StubbedClient(StubHandler.Json("""
            {"items": [
              {"reason": "streak_rescue", "question": {"id": 7, "version": 1, "type": "mcq", "text": "Stop?", "options": [], "media": [], "difficulty": 2, "path": "a__b__c__d"}},
              {"reason": "due_review", "question": {"id": 8, "version": 1, "type": "flashcard", "text": "Go?", "options": [], "media": [], "difficulty": 2, "path": "a__b__c__d"}}
            ]}
            """));

        var next = await client.Sessions.NextQuestionsAsync(Guid.NewGuid(), count: 2);

        Assert.Multiple(() =>
        {
            Assert.That(next.Items[0].Reason, Is.EqualTo(AdaptiveLearningEnums.Unknown<StudyReason>()));
            Assert.That(AdaptiveLearningEnums.IsKnown(next.Items[0].Reason), Is.False);
            Assert.That(next.Items[0].Question.Type, Is.EqualTo(QuestionType.Mcq));
            Assert.That(next.Items[1].Reason, Is.EqualTo(StudyReason.DueReview));
            Assert.That(AdaptiveLearningEnums.IsKnown(next.Items[1].Question.Type), Is.False, "a new question type is unknown too");
        });
    }

    [Test]
    public async Task AJobStatusAddedByANewerServerReadsAsUnknown()
    {
        var client = StubbedClient(StubHandler.Json("""
            {"id": "6f1c2d7e-0000-4000-8000-000000000001", "status": "paused", "trigger": "manual", "requestedAt": "2026-11-30T10:00:00Z"}
            """));

        var job = await client.Models.GetTrainingJobAsync(Guid.NewGuid());

        Assert.That(AdaptiveLearningEnums.IsKnown(job.Status), Is.False);
    }

    [Test]
    public void KnownValuesStillTravelAsTheApisSnakeCaseNamesAndAnUnknownOneIsNeverSentBack()
    {
        var json = JsonSerializer.Serialize(new StartSessionRequest { Mode = SessionMode.MockTest }, ClientJson.Options);
        var unknown = new StartSessionRequest { Mode = AdaptiveLearningEnums.Unknown<SessionMode>() };

        Assert.That(json, Does.Contain("\"mode\":\"mock_test\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(unknown, ClientJson.Options));
    }
}
