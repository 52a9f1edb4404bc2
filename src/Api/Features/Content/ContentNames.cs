using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Api.Features.Content;

/// <summary>The wire names of question types and statuses.</summary>
internal static class ContentNames
{
    public static bool TryParseType(string value, out QuestionType type)
    {
        (var ok, type) = value switch
        {
            "mcq" => (true, QuestionType.Mcq),
            "theory" => (true, QuestionType.Theory),
            "scenario" => (true, QuestionType.Scenario),
            _ => (false, default),
        };
        return ok;
    }

    public static bool TryParseStatus(string value, out QuestionStatus status)
    {
        (var ok, status) = value switch
        {
            "draft" => (true, QuestionStatus.Draft),
            "in_review" => (true, QuestionStatus.InReview),
            "published" => (true, QuestionStatus.Published),
            "archived" => (true, QuestionStatus.Archived),
            _ => (false, default),
        };
        return ok;
    }
}
