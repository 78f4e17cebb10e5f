using B24Gen.Importer;

return ImporterCommand.Run(args, Console.Out, Console.Error);
