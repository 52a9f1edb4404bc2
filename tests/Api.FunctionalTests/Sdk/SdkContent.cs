using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>Builds content through the SDK, as an author's tool would.</summary>
internal static class SdkContent
{
    public const string Facet = "driving__signs__warning__shapes";

    /// <summary>Creates every missing node down to the facet at <paramref name="path"/>.</summary>
    public static async Task FacetAsync(AdaptiveLearningClient staff, string path = Facet)
    {
        string? parent = null;
        foreach (var code in path.Split("__"))
        {
            var current = parent is null ? code : $"{parent}__{code}";
            try
            {
                await staff.Hierarchy.CreateHierarchyNodeAsync(new CreateHierarchyNodeRequest
                {
                    ParentPath = parent,
                    Code = code,
                    Name = char.ToUpperInvariant(code[0]) + code[1..],
                });
            }
            catch (AdaptiveLearningApiException e) when (e.Code == "conflict")
            {
                // Already there from an earlier question.
            }
            parent = current;
        }
    }

    /// <summary>A multiple-choice draft in <paramref name="facet"/> with options a-c, <paramref name="correct"/> right.</summary>
    public static async Task<Question> DraftMcqAsync(AdaptiveLearningClient staff, string text, string correct = "a", string facet = Facet)
    {
        await FacetAsync(staff, facet);
        return await staff.Questions.CreateQuestionAsync(new CreateQuestionRequest
        {
            Path = facet,
            Type = QuestionType.Mcq,
            Text = text,
            Options =
            [
                new QuestionOption { Key = "a", Text = "Alpha", Explanation = "Why alpha" },
                new QuestionOption { Key = "b", Text = "Beta" },
                new QuestionOption { Key = "c", Text = "Gamma" },
            ],
            CorrectKeys = [correct],
            Explanation = "Because the book says so.",
            Difficulty = 2,
            Tags = ["signs"],
        });
    }

    public static async Task<Question> PublishedMcqAsync(AdaptiveLearningClient admin, string text, string correct = "a", string facet = Facet) =>
        await admin.Questions.PublishQuestionAsync((await DraftMcqAsync(admin, text, correct, facet)).Id);

    /// <summary>A published theory question, graded by rubric keywords or the learner's own rating.</summary>
    public static async Task<Question> PublishedTheoryAsync(AdaptiveLearningClient admin, string text, string facet = Facet)
    {
        await FacetAsync(admin, facet);
        var draft = await admin.Questions.CreateQuestionAsync(new CreateQuestionRequest
        {
            Path = facet,
            Type = QuestionType.Theory,
            Text = text,
            ModelAnswer = "A triangle with a red border.",
            RubricKeywords = ["triangle", "red"],
        });
        return await admin.Questions.PublishQuestionAsync(draft.Id);
    }
}
