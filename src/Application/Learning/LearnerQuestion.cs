using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Learning;

/// <summary>
/// A question as a learner may see it before answering: no correct keys, explanations or model answer, but what a
/// client needs to render and grade it (single or multiple answers, how the answer is graded).
/// </summary>
public sealed record LearnerQuestion(
    long Id,
    int Version,
    QuestionType Type,
    string Text,
    IReadOnlyList<LearnerOption> Options,
    string? Scenario,
    IReadOnlyList<string> Media,
    int Difficulty,
    int? EstimatedTimeSeconds,
    string Path,
    bool MultipleCorrect,
    GradingMode GradingMode)
{
    public static LearnerQuestion From(long id, int version, string path, QuestionContent content) => new(
        id, version, content.Type, content.Text,
        content.Options.Select(o => new LearnerOption(o.Key, o.Text)).ToList(),
        content.Scenario, content.Media, content.Difficulty, content.EstimatedTimeSeconds, path,
        // Checkboxes or radio buttons: the number of right answers is part of the question, not of the key.
        content.IsMultipleChoice && content.CorrectKeys.Count > 1, AnswerGrader.ModeOf(content));
}
