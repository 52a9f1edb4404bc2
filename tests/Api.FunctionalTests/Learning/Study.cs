using System.Text.Json;
using AdaptiveLearning.Api.Features.Answers.SubmitAnswer;
using AdaptiveLearning.Api.Features.Sessions;
using AdaptiveLearning.Api.Features.Sessions.NextQuestions;
using AdaptiveLearning.Api.Features.Sessions.StartSession;

namespace AdaptiveLearning.Api.FunctionalTests.Learning;

/// <summary>A learner's moves, as test one-liners.</summary>
internal static class Study
{
    public static async Task<Guid> StartAsync(this HttpClient learner, string mode, string[]? scope = null, object? limits = null)
    {
        var session = await learner.PostJsonAsync(StartSessionRequest.Route, new { mode, scope = scope ?? [], limits }, HttpStatusCode.Created);
        return session.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> NextAsync(this HttpClient learner, Guid session, int count = 10) =>
        (await learner.GetJsonAsync(NextQuestionsRequest.For(session, count))).GetProperty("items");

    public static async Task<List<long>> NextIdsAsync(this HttpClient learner, Guid session, int count = 10) =>
        (await learner.NextAsync(session, count)).EnumerateArray().Select(i => i.GetProperty("question").GetProperty("id").GetInt64()).ToList();

    public static Task<HttpResponseMessage> SendAnswerAsync(this HttpClient learner, Guid session, long questionId,
        string[]? selected = null, string? text = null, string? rating = null, string? clientAttemptId = null,
        DateTimeOffset? answeredAt = null, int timeSpentMs = 15000) =>
        learner.PostAsJsonAsync(Api.Route(SubmitAnswerRequest.For(session)), new
        {
            clientAttemptId = clientAttemptId ?? Guid.NewGuid().ToString(),
            questionId,
            selected,
            text,
            rating,
            answeredAt = answeredAt ?? LearningApi.Clock.UtcNow,
            timeSpentMs,
        });

    public static async Task<JsonElement> AnswerAsync(this HttpClient learner, Guid session, long questionId,
        string[]? selected = null, string? text = null, string? rating = null, string? clientAttemptId = null,
        DateTimeOffset? answeredAt = null) =>
        await (await learner.SendAnswerAsync(session, questionId, selected, text, rating, clientAttemptId, answeredAt)).JsonAsync();

    public static Task<JsonElement> SessionAsync(this HttpClient learner, Guid session) => learner.GetJsonAsync(SessionRequest.For(session));

    public static Task<JsonElement> EndAsync(this HttpClient learner, Guid session) => learner.PostJsonAsync(SessionRequest.EndFor(session), new { });
}
