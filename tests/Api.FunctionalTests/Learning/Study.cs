using AdaptiveLearning.Api.Features.Cards;
using AdaptiveLearning.Api.Features.Sessions.NextQuestions;
using AdaptiveLearning.Api.Features.Sessions;
using AdaptiveLearning.Client.Models;

using StartSessionRequest = AdaptiveLearning.Api.Features.Sessions.StartSession.StartSessionRequest;
using SubmitAnswerRequest = AdaptiveLearning.Api.Features.Answers.SubmitAnswer.SubmitAnswerRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Learning;

/// <summary>A learner's moves, as test one-liners.</summary>
internal static class Study
{
    public static async Task<Guid> StartAsync(this HttpClient learner, SessionMode mode, string[]? scope = null, SessionLimits? limits = null)
    {
        var session = await learner.PostAsAsync<SessionView>(StartSessionRequest.Route,
            new Wire.StartSessionRequest { Mode = mode, Scope = [.. scope ?? []], Limits = limits }, HttpStatusCode.Created);
        return session.Id;
    }

    public static async Task<List<NextQuestion>> NextAsync(this HttpClient learner, Guid session, int count = 10) =>
        (await learner.GetAsAsync<NextQuestions>(NextQuestionsRequest.For(session, count))).Items;

    public static async Task<List<long>> NextIdsAsync(this HttpClient learner, Guid session, int count = 10) =>
        (await learner.NextAsync(session, count)).Select(i => i.Question.Id).ToList();

    public static Task<HttpResponseMessage> SendAnswerAsync(this HttpClient learner, Guid session, long questionId,
        string[]? selected = null, string? text = null, Rating? rating = null, string? clientAttemptId = null,
        DateTimeOffset? answeredAt = null, int timeSpentMs = 15000) =>
        learner.PostJsonAsync(SubmitAnswerRequest.For(session), new Wire.SubmitAnswerRequest
        {
            ClientAttemptId = clientAttemptId ?? Guid.NewGuid().ToString(),
            QuestionId = questionId,
            Selected = selected?.ToList(),
            Text = text,
            Rating = rating,
            AnsweredAt = answeredAt ?? LearningApi.Clock.UtcNow,
            TimeSpentMs = timeSpentMs,
        });

    public static async Task<AnswerResult> AnswerAsync(this HttpClient learner, Guid session, long questionId,
        string[]? selected = null, string? text = null, Rating? rating = null, string? clientAttemptId = null,
        DateTimeOffset? answeredAt = null) =>
        await (await learner.SendAnswerAsync(session, questionId, selected, text, rating, clientAttemptId, answeredAt)).ReadAsAsync<AnswerResult>();

    public static Task<SessionView> SessionAsync(this HttpClient learner, Guid session) => learner.GetAsAsync<SessionView>(SessionRequest.For(session));

    public static Task<SessionSummary> EndAsync(this HttpClient learner, Guid session) =>
        learner.PostAsAsync<SessionSummary>(SessionRequest.EndFor(session), new { });

    /// <summary>Suspends, buries, resets or undoes the last answer of a card (an action of <see cref="CardRequest"/>).</summary>
    public static Task<CardView> ChangeCardAsync(this HttpClient learner, long card, string action) =>
        learner.PostAsAsync<CardView>(CardRequest.For(card, action), new { });
}
