namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>The file as a whole cannot be read in its format (broken XML, a CSV header with an unknown column).</summary>
public sealed class BankSyntaxException(string reason) : Exception(reason);
