namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>Formats that list options without keys get A, B, C… in order, as the demo bank and Aiken use.</summary>
public static class OptionKeys
{
    public static string At(int index) => ((char)('A' + index)).ToString();
}
