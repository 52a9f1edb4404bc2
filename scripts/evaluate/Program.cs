Console.WriteLine("evaluate: not built yet");
