import { decimal, integer, text } from '../shared/guards.js';

export interface ModelSettingsPlain {
  model: string;
  temperature?: string;
  maxTokens?: number;
  streaming?: boolean;
}

interface ModelSettingsProps {
  model: string;
  temperature: string;
  maxTokens: number;
  streaming: boolean;
}

/** Which model runs the prompt and how. A value: immutable, equal when its parts are equal. */
export class ModelSettings {
  private constructor(private readonly props: ModelSettingsProps) {}

  static from(plain: ModelSettingsPlain): ModelSettings {
    return new ModelSettings({
      model: text('modelSettings.model', plain.model, { max: 100 }),
      temperature: decimal('modelSettings.temperature', plain.temperature ?? '0.7', {
        min: 0,
        max: 2,
      }),
      maxTokens: integer('modelSettings.maxTokens', plain.maxTokens ?? 1024, {
        min: 1,
        max: 200000,
      }),
      streaming: plain.streaming ?? false,
    });
  }

  get model(): string {
    return this.props.model;
  }

  get temperature(): string {
    return this.props.temperature;
  }

  get maxTokens(): number {
    return this.props.maxTokens;
  }

  get streaming(): boolean {
    return this.props.streaming;
  }

  equals(other: ModelSettings): boolean {
    return JSON.stringify(this.toPlain()) === JSON.stringify(other.toPlain());
  }

  toPlain(): ModelSettingsPlain {
    return {
      model: this.props.model,
      temperature: this.props.temperature,
      maxTokens: this.props.maxTokens,
      streaming: this.props.streaming,
    };
  }
}
