using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Learning;

/// <summary>
/// A question as a learner may see it before answering: no correct keys, explanations or model answer, but what a
/// client needs to render and grade it (single or multiple answers, how the answer is graded).
/// </summary>
/// <param name="Id">The question.</param>
/// <param name="Version">The version shown; send answers against it.</param>
/// <param name="Type">mcq, theory or scenario.</param>
/// <param name="Text">The question text.</param>
/// <param name="Options">The options in display order; empty for theory and open scenarios.</param>
/// <param name="Scenario">The situation a scenario question describes.</param>
/// <param name="Media">Images or other media (http(s) URLs).</param>
/// <param name="Difficulty">The author's difficulty, 1-5.</param>
/// <param name="EstimatedTimeSeconds">How long an answer should take.</param>
/// <param name="Path">The facet the question belongs to.</param>
/// <param name="MultipleCorrect">Several options are correct: render checkboxes, not radio buttons.</param>
/// <param name="GradingMode">auto (options), rubric (free text checked against keywords, or a self-rating) or self_rated (reveal, then rate).</param>
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
        content.HasMultipleCorrect, AnswerGrader.ModeOf(content));
}
