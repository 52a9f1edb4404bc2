using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Application.Leaderboards;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Answers;

/// <summary>
/// Records answers, one or a thousand: each is checked and graded, then all are applied to their
/// cards in answeredAt order inside one locked transaction. A clientAttemptId seen before (earlier
/// in the request, in an earlier request, or in a request racing this one) returns the first result.
/// </summary>
internal sealed class AnswerRecorder(
    ILearningSessionRepository sessions, IStudyContextReader context, IQuestionLookup questions,
    ICardRepository cards, PointsRules pointsRules, BadgeEvaluator badges, ILeaderboards leaderboards, IClock clock)
{
    /// <exception cref="ProblemException">unauthenticated, when the learner's account no longer exists.</exception>
    public async Task<IReadOnlyList<AnswerOutcome>> RecordAsync(Guid userId, IReadOnlyList<AnswerInput> inputs, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var read = await context.ReadAsync(userId, inputs.Where(i => i.SessionId is not null).Select(i => i.SessionId!.Value).Distinct().ToList(),
            inputs.Select(i => i.ClientAttemptId).Distinct().ToList(), ct);
        var learner = read.Learner ?? throw new ProblemException(Problems.Unauthenticated);
        var schedule = LearnerSchedule.For(learner);
        var sessionById = read.Sessions.ToDictionary(s => s.Id);
        var attempts = read.Attempts.ToDictionary(a => a.ClientAttemptId);
        var questionById = await questions.GetCurrentAsync(inputs.Select(i => i.QuestionId).Distinct().ToList(), ct);

        var failures = new Dictionary<string, AnswerOutcome>();
        var pending = new List<PendingAnswer>();
        var firstIndex = new Dictionary<string, int>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (!firstIndex.TryAdd(input.ClientAttemptId, i) || attempts.ContainsKey(input.ClientAttemptId))
                continue;
            var session = input.SessionId is { } sid ? sessionById.GetValueOrDefault(sid) : null;
            var check = AnswerChecker.Check(i, input, session, questionById.GetValueOrDefault(input.QuestionId), now);
            if (check.Failure is { } failure) failures[input.ClientAttemptId] = failure;
            else pending.Add(check.Answer!);
        }

        var recorded = new HashSet<string>();
        if (pending.Count > 0)
        {
            var applied = await cards.WithQuestionCardsAsync(learner.Id, pending.Select(p => p.Question.Id).Distinct().ToList(),
                pending.Select(p => p.Input.ClientAttemptId).ToList(), now, tx => ApplyAsync(tx, learner.Id, schedule, pointsRules, pending, now, ct), ct);
            foreach (var attempt in applied.Fresh) { attempts[attempt.ClientAttemptId] = attempt; recorded.Add(attempt.ClientAttemptId); }
            foreach (var attempt in applied.Raced) attempts[attempt.ClientAttemptId] = attempt;
            // After the commit, never inside it: a fire-and-forget mark, no round trip on the answer path (ADR 0026).
            if (recorded.Count > 0)
                leaderboards.MarkChanged(learner.Id);
        }
        // After the commit, so the locked answer transaction is exactly as benchmarked (ADR 0025).
        if (recorded.Count > 0)
            await badges.EvaluateAsync(learner, BadgeTriggers.AnswersRecorded, ct);

        await AddMissingSessionsAsync(learner.Id, sessionById, attempts.Values, ct);
        var contents = await ContentsAsync(attempts.Values, questionById, recorded, ct);
        return inputs.Select((input, i) =>
        {
            if (failures.TryGetValue(input.ClientAttemptId, out var failure))
                return failure with { ClientAttemptId = input.ClientAttemptId };
            var attempt = attempts[input.ClientAttemptId];
            if (attempt.QuestionId != input.QuestionId)
                return AnswerOutcome.Failed(input.ClientAttemptId, Problems.AttemptIdReused,
                    $"clientAttemptId '{input.ClientAttemptId}' was recorded for question {attempt.QuestionId}.");
            var duplicate = !recorded.Contains(input.ClientAttemptId) || firstIndex[input.ClientAttemptId] != i;
            var session = attempt.SessionId is { } sid ? sessionById.GetValueOrDefault(sid) : null;
            return new AnswerOutcome(input.ClientAttemptId,
                AnswerResultBuilder.Build(attempt, contents.GetValueOrDefault((attempt.QuestionId, attempt.QuestionVersion)), duplicate,
                    session?.HidesFeedback ?? false, schedule, now), null);
        }).ToList();
    }

    private static async Task<(IReadOnlyList<Attempt> Fresh, IReadOnlyList<Attempt> Raced)> ApplyAsync(ICardTransaction tx, Guid userId,
        LearnerSchedule schedule, PointsRules pointsRules, IReadOnlyList<PendingAnswer> pending, DateTimeOffset now, CancellationToken ct)
    {
        var raced = tx.StoredAttempts;
        var racedIds = raced.Select(a => a.ClientAttemptId).ToHashSet();
        var cardByQuestion = tx.Cards.ToDictionary(c => c.QuestionId);
        var fresh = new List<Attempt>();
        var goalSchedule = schedule.ForGoalSession();
        // Ordering all answers by answeredAt orders each card's answers, whatever order the client sent them in.
        foreach (var p in pending.Where(p => !racedIds.Contains(p.Input.ClientAttemptId)).OrderBy(p => p.AnsweredAt).ThenBy(p => p.Index))
        {
            var card = cardByQuestion[p.Question.Id];
            var before = card.Snapshot();
            var used = p.Session?.Goal is null ? schedule : goalSchedule;
            if (p.ChangesCard)
                card.Review(used.Scheduler, used.Settings, p.Rating, p.AnsweredAt, used.Calendar, used.Preferences.SuspendLeeches);
            fresh.Add(new Attempt
            {
                UserId = userId, ClientAttemptId = p.Input.ClientAttemptId, SessionId = p.Session?.Id, CardId = card.Id,
                QuestionId = p.Question.Id, QuestionVersion = p.Question.Version, Mode = p.Mode,
                Selected = p.Input.Selected, Text = p.Input.Text, Correct = p.Graded.Correct, Grading = p.Graded.Method,
                Rating = p.Rating, RatingDerived = p.RatingDerived, TimeSpentMs = p.Input.TimeSpentMs,
                AnsweredAt = p.AnsweredAt, RecordedAt = now, AffectsSchedule = p.ChangesCard,
                Before = before, After = card.Snapshot(),
            });
        }

        var changed = fresh.Where(a => a.AffectsSchedule).Select(a => a.QuestionId).ToHashSet();
        var difficulty = pending.ToDictionary(p => p.Input.ClientAttemptId, p => p.Question.Content.Difficulty);
        var points = AnswerPoints.For(fresh.Select(a => (a, difficulty[a.ClientAttemptId])), pointsRules, schedule.Calendar);
        var saved = await tx.RecordAsync(fresh, tx.Cards.Where(c => changed.Contains(c.QuestionId)).ToList(), points, now, ct);
        return (saved, raced);
    }

    private async Task AddMissingSessionsAsync(Guid userId, Dictionary<Guid, LearningSession> sessionById,
        IEnumerable<Attempt> attempts, CancellationToken ct)
    {
        var missing = attempts.Where(a => a.SessionId is { } id && !sessionById.ContainsKey(id)).Select(a => a.SessionId!.Value).Distinct().ToList();
        if (missing.Count == 0) return;
        foreach (var session in await sessions.GetManyAsync(userId, missing, ct))
            sessionById[session.Id] = session;
    }

    /// <summary>The content each attempt was graded against: the current version for new answers, the stored version for repeats.</summary>
    private async Task<IReadOnlyDictionary<(long, int), QuestionContent>> ContentsAsync(IEnumerable<Attempt> attempts,
        IReadOnlyDictionary<long, AnswerableQuestion> current, HashSet<string> recorded, CancellationToken ct)
    {
        var contents = current.Values.ToDictionary(q => (q.Id, q.Version), q => q.Content);
        var older = attempts.Where(a => !recorded.Contains(a.ClientAttemptId) && !contents.ContainsKey((a.QuestionId, a.QuestionVersion)))
            .Select(a => a.QuestionId).Distinct().ToList();
        if (older.Count > 0)
            foreach (var (key, content) in await questions.GetVersionsAsync(older, ct))
                contents.TryAdd(key, content);
        return contents;
    }
}
